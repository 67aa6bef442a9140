import type { ReactNode } from "react";
import { Link } from "react-router";
import { t } from "../ui/strings";

export function Shell({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <Link to="/" className="site-name">
          {t("site.name")}
        </Link>
        <span className="site-tagline">{t("site.tagline")}</span>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("footer.trademarks")}</p>
      </footer>
    </>
  );
}
