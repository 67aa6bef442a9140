// The content pipeline as Vite plugins: the course index and the search index as virtual modules, and
// each piece compiled from MDX once per altitude, with its questions and answer key as modules of their own.
import { compile } from "@mdx-js/mdx";
import { readFileSync } from "node:fs";
import path from "node:path";
import rehypeHighlight from "rehype-highlight";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import type { Plugin } from "vite";
import bash from "highlight.js/lib/languages/bash";
import dockerfile from "highlight.js/lib/languages/dockerfile";
import sql from "highlight.js/lib/languages/sql";
import yaml from "highlight.js/lib/languages/yaml";
import { isTier, tiers } from "../tiers";
import { loadCourse, type CourseOptions, type LoadedCourse } from "./load-course";
import { rehypeDropBlockWhitespace, remarkHeadingIds } from "./remark-plugins";
import MiniSearch from "minisearch";
import { searchFields, searchOptions, storeFields, type SearchDoc } from "../../search/options";
import { remarkKeepTier } from "./remark-tier";
import { toQuestion } from "../../exercises/kinds";

const courseId = "virtual:course";
const searchId = "virtual:search-index";
const partsId = "virtual:piece-parts";
const textId = "virtual:piece-text";
const virtualIds = [courseId, searchId, partsId, textId];

/**
 * A piece at one altitude is three modules: its text (MDX, rendered to HTML when the page is built, never
 * shipped to the browser), the questions of its exercises, and their answer key.
 */
export function pieceModuleId(file: string, tier: string, part: "text" | "questions" | "key" = "text"): string {
  return part === "text" ? `${file}?tier=${tier}` : `${file}?tier=${tier}&${part}`;
}

export function coursePlugins(options: { contentDir?: string } & CourseOptions = {}): Plugin[] {
  const contentDir = path.resolve(options.contentDir ?? "content");
  let course: LoadedCourse | null = null;
  const load = () => (course ??= loadCourse(contentDir, options));

  const loaders = (c: LoadedCourse, parts: ("questions" | "key")[] | "text") =>
    c.pieces
      .map((p) => {
        const byTier = tiers
          .map((t) =>
            parts === "text"
              ? `${t}: () => import(${JSON.stringify(pieceModuleId(p.file, t))})`
              : `${t}: { ${parts.map((part) => `${part}: () => import(${JSON.stringify(pieceModuleId(p.file, t, part))})`).join(", ")} }`,
          )
          .join(", ");
        return `  ${JSON.stringify(`${p.meta.track}/${p.meta.slug}`)}: { ${byTier} },`;
      })
      .join("\n");

  const index: Plugin = {
    name: "course-index",
    resolveId(id) {
      if (virtualIds.includes(id)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${courseId}`) {
        const c = load();
        for (const f of c.files) this.addWatchFile(f);
        return `export const tracks = ${JSON.stringify(c.tracks)};\n`;
      }
      if (id === `\0${partsId}`) {
        return `export const pieceParts = {\n${loaders(load(), ["questions", "key"])}\n};\n`;
      }
      if (id === `\0${textId}`) {
        return `export const pieceText = {\n${loaders(load(), "text")}\n};\n`;
      }
      if (id === `\0${searchId}`) {
        // The index is built here, once, and shipped serialized; the browser only loads it.
        const c = load();
        const docs: SearchDoc[] = c.pieces.flatMap((p) =>
          p.searchTexts.map((st) => ({
            id: `${p.meta.track}/${p.meta.slug}#${st.sectionId}@${st.tier}`,
            track: p.meta.track,
            piece: p.meta.slug,
            pieceTitle: p.meta.title,
            sectionId: st.sectionId,
            sectionTitle: p.meta.sections.find((x) => x.id === st.sectionId)?.title ?? p.meta.title,
            tier: st.tier,
            text: st.text,
          })),
        );
        const index = new MiniSearch<SearchDoc>({ fields: searchFields, storeFields, searchOptions });
        index.addAll(docs);
        return `export const serialized = ${JSON.stringify(JSON.stringify(index))};\n`;
      }
      return null;
    },
    // The content folder may live outside the project (SEAMS_CONTENT_DIR); it is watched either way.
    configureServer(server) {
      server.watcher.add(contentDir);
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(contentDir)) return;
      course = null;
      // Every environment's copy goes stale: the browser's modules and the server render's.
      for (const environment of Object.values(ctx.server.environments)) {
        const graph = environment.moduleGraph;
        const stale = virtualIds.map((id) => graph.getModuleById(`\0${id}`));
        for (const piece of graph.getModulesByFile(ctx.file) ?? []) stale.push(piece);
        for (const mod of graph.idToModuleMap.values()) if (mod.id?.startsWith(path.dirname(ctx.file)) && mod.id.includes("?tier=")) stale.push(mod);
        for (const mod of stale) if (mod) graph.invalidateModule(mod);
      }
      ctx.server.ws.send({ type: "full-reload" });
      return [];
    },
  };

  const piece: Plugin = {
    name: "course-piece",
    enforce: "pre",
    async transform(_code, id) {
      const [file, query] = id.split("?");
      if (!file?.endsWith(".mdx") || !file.startsWith(contentDir)) return null;
      const params = new URLSearchParams(query ?? "");
      const tier = params.get("tier");
      if (!isTier(tier)) {
        this.error(`${path.relative(process.cwd(), file)}: import a piece for one altitude (?tier=junior|middle|senior)`);
      }
      const c = load();
      const loaded = c.pieces.find((p) => p.file === file);
      if (loaded?.exercisesFile) this.addWatchFile(loaded.exercisesFile);
      const shown = new Set(loaded?.meta.exercises.filter((e) => e.tiers.includes(tier)).map((e) => e.id) ?? []);
      const exercises = (loaded?.exercises ?? []).filter((e) => shown.has(e.id));
      if (params.has("key")) return { code: `export default ${JSON.stringify(exercises)};\n`, map: null };
      if (params.has("questions")) {
        // A question that names the section teaching it carries that section's title, for the link to it.
        const titleOf = (teaches: { piece: string; section: string }) =>
          c.pieces.find((p) => p.meta.track === loaded?.meta.track && p.meta.slug === teaches.piece)?.meta.sections.find((x) => x.id === teaches.section)?.title;
        const questions = exercises.map((e) => {
          const q = toQuestion(e);
          return q.teaches ? { ...q, teaches: { ...q.teaches, title: titleOf(q.teaches) ?? q.teaches.section } } : q;
        });
        return { code: `export default ${JSON.stringify(questions)};\n`, map: null };
      }
      const compiled = await compile(readFileSync(file, "utf8"), {
        remarkPlugins: [remarkFrontmatter, remarkGfm, remarkHeadingIds, [remarkKeepTier, { tier }]],
        rehypePlugins: [[rehypeHighlight, { languages: { bash, dockerfile, sql, yaml }, plainText: ["text"] }], rehypeDropBlockWhitespace],
        development: false,
      });
      return { code: String(compiled.value), map: null };
    },
  };

  return [index, piece];
}
