import type { ReactNode } from "react";
import { useProgressHydrated } from "../progress/hydration";
import { AppLink } from "../ui/AppLink";
import { t } from "../ui/strings";
import { Commands } from "./Commands";
import { Notices } from "./Notices";
import { OfflineStatus } from "./OfflineStatus";

export function Shell({ children }: { children: ReactNode }) {
  useProgressHydrated();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <AppLink to="/" className="site-name">
          {t("site.name")}
        </AppLink>
        <span className="site-tagline">{t("site.tagline")}</span>
        <Commands />
      </header>
      <main id="main" tabIndex={-1}>
        {/* Shown by the entry script (entry-client.ts) when the app's code cannot be fetched; React never is. */}
        <div className="app-failed" role="alert" hidden>
          <p className="notice">{t("app.failed")}</p>
        </div>
        <Notices />
        {children}
      </main>
      <footer className="site-footer">
        <OfflineStatus />
        <p>{t("footer.trademarks")}</p>
      </footer>
    </>
  );
}
