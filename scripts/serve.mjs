// Serves the built site the way a static host does: files as they are, a folder's index.html,
// and 404.html with status 404 for anything else, text gzipped, with the security headers the README lists. Usage: node scripts/serve.mjs [--port N] [--base /prefix/] [--dir dist]
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { securityHeaders } from "./security-headers.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option("port", process.env.PORT ?? "4173"));
const root = path.resolve(option("dir", "dist"));
const base = `/${option("base", process.env.BASE_PATH ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

const compressible = new Set([".html", ".js", ".css", ".json", ".webmanifest", ".svg", ".txt"]);
const gzipCache = new Map();

/** The file gzipped, compressed once per version of the file. */
function gzipped(file) {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}:${mtimeMs}:${size}`;
  let body = gzipCache.get(key);
  if (!body) {
    body = gzipSync(readFileSync(file), { level: 9 });
    gzipCache.set(key, body);
  }
  return body;
}

function resolveFile(urlPath) {
  if (!urlPath.startsWith(base) && `${urlPath}/` !== base) return null;
  let segments;
  try {
    segments = urlPath.slice(base.length - 1).split("/").map(decodeURIComponent);
  } catch {
    return null; // malformed percent-encoding: not found, rather than a crashed server
  }
  // An encoded separator (%2f, %5c) names no file: a static host does not treat it as a folder.
  if (segments.some((s) => s.includes("/") || s.includes("\\"))) return null;
  const rel = segments.join("/");
  const file = path.join(root, path.normalize(rel));
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, "index.html");
  return existsSync(index) ? index : null;
}

const server = createServer((req, res) => {
  const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
  const file = resolveFile(urlPath);
  const status = file ? 200 : 404;
  const target = file ?? path.join(root, "404.html");
  const ext = path.extname(target);
  const headers = {
    ...securityHeaders,
    "content-type": types[ext] ?? "application/octet-stream",
    "cache-control": target.includes(`${path.sep}assets${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
  };
  // Text goes out gzipped when the browser accepts it, as every common static host sends it.
  if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    const body = gzipped(target);
    res.writeHead(status, { ...headers, "content-encoding": "gzip", "content-length": body.length, vary: "accept-encoding" });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  res.writeHead(status, headers);
  createReadStream(target).pipe(res);
});

server.listen(port, "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
