// Writes dist/<address>/index.html for every address the app knows, with the page's text in it.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { escapeHtml, pageHtml } from "./page-html.mjs";
import { cspMetaTag } from "./security-headers.mjs";

// The policy goes right after the charset, before anything it governs. It is added here and not in
// index.html because the dev server needs inline scripts and style elements (hot reload) that it forbids.
function withPolicy(template) {
  if (template.includes('http-equiv="Content-Security-Policy"')) return template;
  const charset = '<meta charset="utf-8" />';
  if (!template.includes(charset)) throw new Error(`prerender: index.html has no ${charset} to put the Content-Security-Policy after`);
  return template.replace(charset, `${charset}\n    ${cspMetaTag}`);
}

export async function prerender({ dist, ssrEntry }) {
  const template = withPolicy(await readFile(path.join(dist, "index.html"), "utf8"));
  const manifest = JSON.parse(await readFile(path.join(dist, ".vite", "manifest.json"), "utf8"));
  const base = (template.match(/src="([^"]*)assets\//) ?? [])[1] ?? "/";
  const server = await import(pathToFileURL(path.resolve(ssrEntry)).href);

  const preloadsFor = (appPath) => {
    const [, track, piece, tier = "junior"] = appPath.split("/");
    if (!track || !piece) return [];
    const key = `content/${track}/${piece}/index.mdx?tier=${tier}`;
    const entry = manifest[key];
    if (!entry) return [];
    const files = new Set([entry.file]);
    const walk = (key) => {
      for (const dep of manifest[key]?.imports ?? []) {
        if (manifest[dep] && !manifest[dep].isEntry) files.add(manifest[dep].file);
        walk(dep);
      }
    };
    walk(key);
    return [...files];
  };

  // The piece's first part and what it imports. The entry script preloads them once the text is painted
  // (src/app/entry-client.ts), so they never compete with the page's HTML and CSS.
  const modulesAttribute = (files) => (files.length ? ` data-modules="${escapeHtml(files.map((f) => `${base}${f}`).join(" "))}"` : "");

  const page = (rendered, appPath) => pageHtml(template, rendered, appPath, modulesAttribute(preloadsFor(appPath)));

  const paths = server.prerenderedPaths();
  for (const appPath of paths) {
    const rendered = await server.render(appPath);
    const file = appPath === "/" ? path.join(dist, "index.html") : path.join(dist, appPath, "index.html");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, page(rendered, appPath));
  }
  const missing = await server.render("/404");
  await writeFile(path.join(dist, "404.html"), page(missing, "/404"));
  console.log(`prerendered ${paths.length} pages and 404.html`);
}
