// The sandbox page. What it prerenders is its title, what it does and the hook's manifest, readable with
// JavaScript off; the workbench (parser, editor, worker, verdict, player) is its own chunk, fetched once
// the page has hydrated, so the page's first load stays as light as every other page's.
import { lazy, Suspense, useEffect, useState } from "react";
import type { ViewProps } from "../app/views";
import { examples } from "./examples";
import { t } from "./strings";
import "./sandbox.css";

const Workbench = lazy(() =>
  import("./Workbench").catch(() => ({
    default: () => (
      <p className="sandbox-note" role="alert">
        {t("sandbox.loadFailed")}
      </p>
    ),
  })),
);

function Waiting() {
  return (
    <div className="sandbox-waiting">
      <p>{t("sandbox.loading")}</p>
      <pre className="sandbox-static-manifest" tabIndex={0} aria-label={t("sandbox.example.hook")}>
        {examples.hook}
      </pre>
    </div>
  );
}

export default function SandboxView(_props: ViewProps) {
  // The same markup as the prerender until hydration is done; then the workbench loads.
  const [load, setLoad] = useState(false);
  useEffect(() => setLoad(true), []);
  return (
    <div className="sandbox">
      <h1>{t("sandbox.title")}</h1>
      <p className="sandbox-intro">{t("sandbox.intro")}</p>
      {load ? (
        <Suspense fallback={<Waiting />}>
          <Workbench />
        </Suspense>
      ) : (
        <Waiting />
      )}
    </div>
  );
}
