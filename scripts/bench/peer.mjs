// The peer the benchmark measures beside the app: a Starlight site of a lesson of the same length
// (../shared/peers/starlight by default). It is copied into .bench/peer-starlight, installed from the npm
// registry and built with `astro build` once; later runs reuse that build until the peer's files change
// (their hash is kept beside the build) or --rebuild-peer asks for a fresh one. Nothing of it is committed.
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./processes.mjs";

// Folders of the peer that are made from its files, not its files.
const generated = new Set(["node_modules", "dist", ".astro", ".git"]);
const stampName = "seams-bench-peer.json";

/** The peer's own files, relative to `dir`, sorted. */
function sourceFiles(dir, rel = "") {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .filter((entry) => !generated.has(entry.name))
    .flatMap((entry) => {
      const file = path.join(rel, entry.name);
      return entry.isDirectory() ? sourceFiles(dir, file) : entry.isFile() ? [file] : [];
    })
    .sort();
}

/** SHA-256 over the peer's file names and contents. */
export function hashPeer(dir) {
  const hash = createHash("sha256");
  for (const file of sourceFiles(dir)) hash.update(`${file}\0`).update(readFileSync(path.join(dir, file))).update("\0");
  return hash.digest("hex");
}

/** Copies the peer's files into `to`, writable (the shared folder is read-only, and its modes would be copied). */
function copyPeer(from, to) {
  for (const file of sourceFiles(from)) {
    const target = path.join(to, file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(from, file), target);
    chmodSync(target, 0o644);
  }
}

/** Every HTML page of a build. */
function htmlPages(dist, rel = "") {
  return readdirSync(path.join(dist, rel), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(rel, entry.name);
    if (entry.isDirectory()) return htmlPages(dist, file);
    return entry.name.endsWith(".html") ? [file] : [];
  });
}

const words = (html) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ").split(/\s+/).filter(Boolean).length;

/** The lesson's address in the build: of the pages it wrote (404.html aside), the one with the most words. */
function lessonPage(dist) {
  const pages = htmlPages(dist)
    .filter((file) => file !== "404.html")
    .map((file) => ({ file, words: words(readFileSync(path.join(dist, file), "utf8")) }))
    .sort((a, b) => b.words - a.words);
  if (pages.length === 0) return null;
  const { file, words: count } = pages[0];
  const folder = path.dirname(file).split(path.sep).join("/");
  const address = path.basename(file) === "index.html" ? (folder === "." ? "/" : `/${folder}/`) : `/${file.split(path.sep).join("/")}`;
  return { path: address, file, words: count };
}

/**
 * The peer's build, made or reused. Resolves with { dist, page: { path, file, words }, hash, built, reused }
 * or, when the peer's folder is missing, null. Throws with npm's or Astro's output when the install or the build fails.
 */
export async function preparePeer({ source, dir, rebuild = false, log = () => {} }) {
  if (!existsSync(source) || !statSync(source).isDirectory()) return null;
  const hash = hashPeer(source);
  const stampFile = path.join(dir, stampName);
  const dist = path.join(dir, "dist");
  const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, "utf8")) : null;
  if (!rebuild && stamp?.hash === hash && stamp.source === source && existsSync(path.join(dist, stamp.page.file))) {
    log(`peer: reusing the build in ${dir} (built ${stamp.builtAt}, same files as ${source})`);
    return { dist, page: stamp.page, hash, built: stamp.builtAt, reused: true };
  }
  log(`peer: ${stamp ? (rebuild ? "rebuilding, as asked" : "its files changed; rebuilding") : "building it once"}: copying ${source} into ${dir} …`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyPeer(source, dir);
  const env = { ASTRO_TELEMETRY_DISABLED: "1", CI: "1" };
  log("peer: npm install …");
  const installed = await run("npm", ["install", "--no-audit", "--no-fund"], { cwd: dir, env });
  if (installed.code !== 0) throw new Error(`npm install in ${dir} failed (exit ${installed.code}):\n${(installed.stdout + installed.stderr).slice(-3000)}`);
  log("peer: astro build …");
  const astro = path.join(dir, "node_modules", ".bin", "astro");
  const built = await run(astro, ["build"], { cwd: dir, env });
  if (built.code !== 0) throw new Error(`astro build in ${dir} failed (exit ${built.code}):\n${(built.stdout + built.stderr).slice(-3000)}`);
  const page = lessonPage(dist);
  if (!page) throw new Error(`astro build wrote no HTML page into ${dist}`);
  const builtAt = new Date().toISOString();
  writeFileSync(stampFile, JSON.stringify({ source, hash, builtAt, page }, null, 2));
  log(`peer: built; its lesson is ${page.path} (${page.file}, ${page.words} words on the page)`);
  return { dist, page, hash, built: builtAt, reused: false };
}
