// Writes dist/<address>/index.html for every address the app knows, with the page's text in it, and beside
// it page.json (the page's data and markup, which the app fetches when it moves there without a reload);
// and 404.html with 404.json for addresses the build has no page for.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { escapeHtml, pageHtml, pageJson } from "./page-html.mjs";
import { cspMetaTag } from "./security-headers.mjs";

// The policy goes right after the charset, before anything it governs. It is added here and not in
// index.html because the dev server needs inline scripts and style elements (hot reload) that it forbids.
function withPolicy(template) {
  if (template.includes('http-equiv="Content-Security-Policy"')) return template;
  const charset = '<meta charset="utf-8" />';
  if (!template.includes(charset)) throw new Error(`prerender: index.html has no ${charset} to put the Content-Security-Policy after`);
  return template.replace(charset, `${charset}\n    ${cspMetaTag}`);
}

/** The chunk of each kind of page's view (src/app/views.ts), by the name the build gives it. */
const viewChunks = { piece: "PieceView", climb: "ClimbPage", "not-found": "NotFound", sandbox: "SandboxView" };

export async function prerender({ dist, ssrEntry }) {
  const template = withPolicy(await readFile(path.join(dist, "index.html"), "utf8"));
  const manifest = JSON.parse(await readFile(path.join(dist, ".vite", "manifest.json"), "utf8"));
  const base = (template.match(/src="([^"]*)assets\//) ?? [])[1] ?? "/";
  const server = await import(pathToFileURL(path.resolve(ssrEntry)).href);

  // The app and the page's view, with what they import: the entry script preloads them once the text is
  // painted (src/app/entry-client.ts), so they never compete with the page's HTML and CSS.
  const chunk = (name) => {
    const key = Object.keys(manifest).find((k) => manifest[k].isDynamicEntry && manifest[k].name === name);
    if (!key) throw new Error(`prerender: the build has no chunk named ${name}`);
    return key;
  };
  const modulesFor = (kind) => {
    const files = new Set();
    const walk = (key) => {
      const entry = manifest[key];
      if (!entry || entry.isEntry) return;
      if (files.has(entry.file)) return;
      files.add(entry.file);
      for (const dep of entry.imports ?? []) walk(dep);
    };
    walk(chunk("start"));
    walk(chunk(viewChunks[kind]));
    return [...files];
  };
  const modulesAttribute = (kind) => {
    const files = modulesFor(kind);
    return files.length ? ` data-modules="${escapeHtml(files.map((f) => `${base}${f}`).join(" "))}"` : "";
  };

  const write = async (rendered, appPath, htmlFile, jsonFile) => {
    await mkdir(path.dirname(htmlFile), { recursive: true });
    await writeFile(htmlFile, pageHtml(template, rendered, appPath, modulesAttribute(rendered.envelope.page.kind)));
    await writeFile(jsonFile, pageJson(rendered));
  };

  const paths = server.prerenderedPaths();
  for (const appPath of paths) {
    const rendered = await server.render(appPath);
    const dir = appPath === "/" ? dist : path.join(dist, appPath);
    await write(rendered, appPath, path.join(dir, "index.html"), path.join(dir, "page.json"));
  }
  const missing = await server.render("/404");
  await write(missing, "/404", path.join(dist, "404.html"), path.join(dist, "404.json"));
  console.log(`prerendered ${paths.length} pages and 404.html, each with its page.json`);
}
