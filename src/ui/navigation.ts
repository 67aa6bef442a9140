// Moving between the app's addresses without reloading the page. The page on screen, and the one being
// fetched, live here; react-router's data router (src/app/router.ts, handed in when the app starts) does the
// moving: history, the loader that fetches the next page's data, superseded and failed navigations. The
// router is fetched the first time the learner points at a link or presses a shortcut, so it is never part
// of the first load.
import { useSyncExternalStore } from "react";
import type { PageData } from "../course/pages";
import { basePath } from "./urls";

/** A page's data and the markup of its blocks; `blocks` is null for the page the browser loaded, whose markup is already there. */
export type PageEnvelope = { path: string; page: PageData; blocks: string[] | null };

export type Shown = PageEnvelope & {
  hash: string;
  search: string;
  /** A new key for every visit to an address, so that a page on screen is told apart from the same address visited again. */
  key: string;
  action: "load" | "push" | "replace" | "pop";
};

export type NavState = {
  shown: Shown;
  /** The address being fetched, if any: the altitude switch shows it as chosen at once. */
  pending: string | null;
  /** The address that could not be loaded, and why; the page on screen stays. */
  failed: { path: string; reason: string } | null;
};

export type Router = {
  navigate: (to: string, options?: { replace?: boolean }) => Promise<void>;
  prefetch: (to: string) => void;
  retry: () => Promise<void>;
};

let state: NavState | null = null;
const listeners = new Set<() => void>();
let router: Promise<Router> | null = null;
let makeRouter: ((shown: Shown) => Promise<Router>) | null = null;

function set(next: Partial<NavState>) {
  if (!state) return;
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

/** The address inside the app, without the sub-path it is served from. */
export function appPath(pathname = window.location.pathname): string {
  const inside = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
  return inside.length > 1 ? inside.replace(/\/+$/, "") || "/" : "/";
}

export const navigation = {
  /** The page the browser loaded (or the prerender renders), and how to make the router when it is first needed. */
  start(envelope: PageEnvelope, routerFactory: ((shown: Shown) => Promise<Router>) | null = null) {
    const here =
      typeof window === "undefined"
        ? { hash: "", search: "", key: "default" }
        : { hash: window.location.hash, search: window.location.search, key: (window.history.state as { key?: string } | null)?.key ?? "default" };
    state = { shown: { ...envelope, ...here, action: "load" }, pending: null, failed: null };
    makeRouter = routerFactory;
    router = null;
  },
  get(): NavState {
    if (!state) throw new Error("Navigation has not started");
    return state;
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** For the router: what it has on screen, being fetched, or failed to fetch. */
  report: set,
  /** Moves to an address inside the app (`/track/piece/tier#section`). */
  go(to: string, options: { replace?: boolean } = {}): void {
    // On its way from now: what comes next (another shortcut, the altitude switch) knows at once.
    const path = appPath(new URL(`${basePath}${to}`, window.location.origin).pathname);
    if (path !== navigation.get().shown.path) set({ pending: path });
    void loadRouter().then(
      (r) => r.navigate(to, options),
      () => window.location.assign(`${basePath}${to}`),
    );
  },
  /** Resolves once no navigation is on its way (at once if none is). */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      if (!navigation.get().pending) return resolve();
      const stop = navigation.subscribe(() => {
        if (navigation.get().pending) return;
        stop();
        resolve();
      });
    });
  },
  /** Fetches the address that failed again. */
  retry(): void {
    void loadRouter().then((r) => r.retry());
  },
  /** Fetches an address's page ahead of a likely click. */
  prefetch(to: string): void {
    void loadRouter().then((r) => r.prefetch(to), () => undefined);
  },
};

function loadRouter(): Promise<Router> {
  if (!makeRouter) return Promise.reject(new Error("No router"));
  router ??= makeRouter(navigation.get().shown);
  router.catch(() => (router = null));
  return router;
}

/** Starts fetching the router when the learner is likely to need it. */
export function warmRouter(): void {
  void loadRouter().catch(() => undefined);
}

export function useNavigation<T>(select: (s: NavState) => T): T {
  return useSyncExternalStore(
    navigation.subscribe,
    () => select(navigation.get()),
    () => select(navigation.get()),
  );
}
