// The service worker: Workbox precaches every built file (each page at each altitude, the chunks, the
// search index, the simulator) so the whole climb works offline after one visit. It takes over only
// when the learner accepts an update.
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute, setCatchHandler } from "workbox-routing";

type Entry = { url: string; revision: string | null };
type Worker = {
  __WB_MANIFEST: Entry[];
  skipWaiting: () => Promise<void>;
  addEventListener: (type: "message", listener: (event: { data?: { type?: string } }) => void) => void;
};
const worker = self as unknown as Worker;
const onlineCheck = "online-check";
const offlineHeader = "x-seams-offline";

cleanupOutdatedCaches();

// The page asks whether the network is there with a request of its own (src/app/offline.ts). It goes to the
// network; when that fails, the answer says so instead of failing, so the page learns it without an error.
registerRoute(
  ({ url }) => url.searchParams.has(onlineCheck),
  async ({ request }) => {
    try {
      return await fetch(request, { cache: "no-store" });
    } catch {
      return new Response(null, { status: 200, headers: { [offlineHeader]: "1" } });
    }
  },
  "HEAD",
);
// Workbox writes the list of files where it finds self.__WB_MANIFEST, so it is read from self directly.
precacheAndRoute((self as unknown as Worker).__WB_MANIFEST, {
  // Pages are folders with an index.html: /piece/senior is served from /piece/senior/index.html.
  directoryIndex: "index.html",
  urlManipulation: ({ url }) => (/\/[^/.]+$/.test(url.pathname) ? [new URL(`${url.pathname}/index.html`, url)] : []),
});

// An address the build has no page for gets the not-found page, as the static host would serve it: from the
// network when it is there, and offline from the saved copy. The page then shows what the address is (an
// unknown altitude of a piece gets that piece, with a notice), from page data saved with the rest.
async function notFoundPage(): Promise<Response> {
  const page = await matchPrecache("404.html");
  if (!page) return Response.error();
  return new Response(page.body, { status: 404, statusText: "Not Found", headers: page.headers });
}

registerRoute(
  new NavigationRoute(async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      return notFoundPage();
    }
  }),
);

setCatchHandler(async ({ request }) => {
  if (request.destination === "document") return notFoundPage();
  return Response.error();
});

worker.addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") void worker.skipWaiting();
});
