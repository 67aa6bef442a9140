// A sandbox set up in a link: manifest and settings, compressed with lz-string into the fragment
// (#m=…), which browsers never send to a server. Read back defensively: a link is untrusted input.
// lz-string is a CommonJS module: its default export is what both the browser bundle and Node (the prerender) can read.
import LZString from "lz-string";
import { readSettings, type SandboxSettings } from "./run";

const param = "m";
/** A fragment longer than this is not read (a manifest this long would not fit saved progress either). */
const MAX_FRAGMENT = 40_000;

export type Shared = { manifest: string; settings: SandboxSettings };

export function fragmentOf(shared: Shared): string {
  return `#${param}=${LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, manifest: shared.manifest, settings: shared.settings }))}`;
}

/** What a fragment carries; null when it carries nothing, `{ broken }` when it cannot be read. */
export function readFragment(hash: string): Shared | { broken: true } | null {
  const body = hash.replace(/^#/, "");
  if (!body.startsWith(`${param}=`)) return null;
  if (body.length > MAX_FRAGMENT) return { broken: true };
  try {
    const text = LZString.decompressFromEncodedURIComponent(body.slice(param.length + 1));
    const data: unknown = text ? JSON.parse(text) : null;
    if (!data || typeof data !== "object") return { broken: true };
    const { manifest, settings } = data as { manifest?: unknown; settings?: unknown };
    if (typeof manifest !== "string") return { broken: true };
    return { manifest, settings: readSettings(settings) };
  } catch {
    return { broken: true };
  }
}
