// Registers the service worker (workbox-window) and reports what it does to the store: ready offline,
// an update waiting. An update is applied only when the learner asks, never under them mid-exercise.
import { Workbox } from "workbox-window";
import { store } from "../progress/store";

let workbox: Workbox | null = null;

export function registerOffline(): void {
  if (!("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL;
  workbox = new Workbox(`${base}sw.js`, { scope: base });
  const setApp = store.getState().setApp;
  workbox.addEventListener("activated", () => setApp({ offlineReady: true }));
  workbox.addEventListener("waiting", () => setApp({ updateWaiting: true }));
  workbox.addEventListener("controlling", (event) => {
    // Reload only after the learner accepted the update (isUpdate), with progress already saved.
    if (event.isUpdate) window.location.reload();
  });
  void workbox.register().then((registration) => {
    if (registration?.active) setApp({ offlineReady: true });
  });
  // navigator.onLine says only whether there is a network interface (a LAN with no way out counts as online,
  // and some browsers report a page opened offline as online), so the app also asks its own server for a
  // file's headers; the service worker passes that request to the network and says when it failed (sw.ts).
  const check = () => {
    if (!navigator.onLine) return setApp({ online: false });
    fetch(`${base}manifest.webmanifest?online-check`, { method: "HEAD", cache: "no-store" }).then(
      (response) => setApp({ online: !response.headers.has("x-seams-offline") }),
      () => setApp({ online: false }),
    );
  };
  window.addEventListener("online", check);
  window.addEventListener("offline", check);
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && check());
  check();
}

export function applyUpdate(): void {
  workbox?.messageSkipWaiting();
}
