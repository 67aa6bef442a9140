import { useEffect } from "react";
import { Link, useLocation } from "react-router";
import { t } from "../ui/strings";

export function NotFound() {
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${t("notFound.title")} · ${t("site.name")}`;
  }, []);
  return (
    <div className="not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body", { path: pathname })}</p>
      <p>
        <Link to="/" className="button">
          {t("notFound.back")}
        </Link>
      </p>
    </div>
  );
}
