import { useEffect } from "react";
import type { NotFoundPageData } from "../course/pages";
import { AppLink } from "../ui/AppLink";
import type { Shown } from "../ui/navigation";
import { t } from "./pageStrings";

export default function NotFound({ shown }: { shown: Shown }) {
  const page = shown.page as NotFoundPageData;
  useEffect(() => {
    document.title = page.head.title;
  }, [page.head.title]);
  return (
    <div className="not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body", { path: page.path })}</p>
      <p>
        <AppLink to="/" className="button">
          {t("notFound.back")}
        </AppLink>
      </p>
    </div>
  );
}
