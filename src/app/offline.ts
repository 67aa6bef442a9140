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
  const online = () => setApp({ online: navigator.onLine });
  window.addEventListener("online", online);
  window.addEventListener("offline", online);
  online();
}

export function applyUpdate(): void {
  workbox?.messageSkipWaiting();
}
