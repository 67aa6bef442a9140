// react-router's data router, driving the app's navigation (src/app/navigation.ts): one route for every
// address, whose loader fetches that address's page data and the view that shows it. Fetched on first use.
import { createBrowserRouter } from "react-router";
import { basePath } from "../ui/urls";
import { appPath, navigation, type PageEnvelope, type Router, type Shown } from "../ui/navigation";
import { loadPage } from "./pageData";
import { loadView } from "./views";

const retries = [250, 1000];

/** The page and its view; a failed fetch is tried again twice, a little later each time, before it counts. */
async function load(path: string, signal: AbortSignal): Promise<PageEnvelope> {
  for (let attempt = 0; ; attempt++) {
    try {
      const envelope = await loadPage(path, signal);
      await loadView(envelope.page.kind);
      return envelope;
    } catch (error) {
      const wait = retries[attempt];
      if (signal.aborted || wait === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

function pathOf(to: string): string {
  return appPath(new URL(`${basePath}${to}`, window.location.origin).pathname);
}

export function createRouter(initial: Shown): Router {
  const router = createBrowserRouter([{ id: "page", path: "*", loader: ({ request }) => load(appPath(new URL(request.url).pathname), request.signal) }], {
    ...(basePath ? { basename: basePath } : {}),
    hydrationData: { loaderData: { page: { path: initial.path, page: initial.page, blocks: initial.blocks } } },
  });

  router.subscribe((s) => {
    const pending = s.navigation.state !== "idle" && s.navigation.location ? appPath(s.navigation.location.pathname) : null;
    if (s.navigation.state !== "idle") return navigation.report({ pending });
    if (s.location.key === navigation.get().shown.key) return navigation.report({ pending: null });
    const error = s.errors?.page as Error | undefined;
    if (error) return navigation.report({ pending: null, failed: { path: appPath(s.location.pathname), reason: error.message || String(error) } });
    const envelope = s.loaderData.page as PageEnvelope;
    const action = s.historyAction === "POP" ? "pop" : s.historyAction === "REPLACE" ? "replace" : "push";
    navigation.report({ shown: { ...envelope, hash: s.location.hash, search: s.location.search, key: s.location.key, action }, pending: null, failed: null });
  });

  return {
    navigate: (to: string, options: { replace?: boolean } = {}) => router.navigate(to, options),
    prefetch: (to: string) => void loadPage(pathOf(to)).then((e) => loadView(e.page.kind)).catch(() => undefined),
    retry: () => router.revalidate(),
  };
}
