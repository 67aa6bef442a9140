// An address whose page could not be fetched (offline, before the app had saved it; a deployment that
// removed it): says so, and offers to try again or to reload.
import { useEffect } from "react";
import { navigation } from "../ui/navigation";
import { t } from "./pageStrings";
import { basePath } from "../ui/urls";

export default function PageFailed({ path, reason }: { path: string; reason: string }) {
  useEffect(() => {
    document.title = `${t("pageFailed.title")} · ${t("site.name")}`;
    document.getElementById("page-failed-title")?.focus();
  }, []);
  return (
    <div className="not-found">
      <h1 id="page-failed-title" tabIndex={-1}>
        {t("pageFailed.title")}
      </h1>
      <p>{t("pageFailed.body", { path, reason })}</p>
      <p className="notice-actions">
        <button type="button" className="primary" onClick={() => navigation.retry()}>
          {t("pageFailed.retry")}
        </button>
        <a className="button" href={`${basePath}${path}`}>
          {t("pageFailed.reload")}
        </a>
      </p>
    </div>
  );
}
