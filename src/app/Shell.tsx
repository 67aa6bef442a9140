import { Suspense, type ReactNode } from "react";
import { useProgressHydrated } from "../progress/hydration";
import { useProgress } from "../progress/store";
import { AppLink } from "../ui/AppLink";
import { t } from "../ui/strings";
import { Commands } from "./Commands";
import { lazyPart } from "./lazyPart";
import { Notices } from "./Notices";

const OfflineStatus = lazyPart(() => import("./OfflineStatus"), () => t("part.offline"), (m) => m.default);

export function Shell({ children }: { children: ReactNode }) {
  useProgressHydrated();
  const offlineNews = useProgress((s) => s.app.offlineReady || !s.app.online || s.app.updateWaiting);
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
        {/* No boundary until there is news: a boundary still hydrating must not receive it (React error 421). */}
        {offlineNews && (
          <Suspense fallback={null}>
            <OfflineStatus />
          </Suspense>
        )}
        <p>{t("footer.trademarks")}</p>
      </footer>
    </>
  );
}
