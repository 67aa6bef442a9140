// Links inside the app are written without the sub-path the app is served from; the router adds it.
export const basePath = import.meta.env.BASE_URL.replace(/\/$/, "");

export function absoluteUrl(appPath: string): string {
  return new URL(`${basePath}${appPath}`, window.location.origin).toString();
}
