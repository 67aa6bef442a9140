// The content pipeline as Vite plugins: pieces compiled from MDX, and the course index as a virtual module.
import mdx from "@mdx-js/rollup";
import path from "node:path";
import rehypeHighlight from "rehype-highlight";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import type { Plugin } from "vite";
import bash from "highlight.js/lib/languages/bash";
import dockerfile from "highlight.js/lib/languages/dockerfile";
import sql from "highlight.js/lib/languages/sql";
import yaml from "highlight.js/lib/languages/yaml";
import { loadCourse, type LoadedCourse } from "./load-course";
import { remarkHeadingIds, remarkTableTiers } from "./remark-plugins";

const courseId = "virtual:course";
const searchId = "virtual:search-texts";

export function coursePlugins(options: { contentDir?: string } = {}): Plugin[] {
  const contentDir = path.resolve(options.contentDir ?? "content");
  let course: LoadedCourse | null = null;
  const load = () => (course ??= loadCourse(contentDir));

  const index: Plugin = {
    name: "course-index",
    resolveId(id) {
      if (id === courseId || id === searchId) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${courseId}`) {
        const c = load();
        for (const f of c.files) this.addWatchFile(f);
        const loaders = c.pieces
          .map((p) => `  ${JSON.stringify(`${p.meta.track}/${p.meta.slug}`)}: () => import(${JSON.stringify(p.file)}),`)
          .join("\n");
        return `export const tracks = ${JSON.stringify(c.tracks)};\nexport const pieceLoaders = {\n${loaders}\n};\n`;
      }
      if (id === `\0${searchId}`) {
        const c = load();
        const texts = c.pieces.flatMap((p) => p.searchTexts.map((t) => ({ track: p.meta.track, piece: p.meta.slug, ...t })));
        return `export default ${JSON.stringify(texts)};\n`;
      }
      return null;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.startsWith(contentDir)) {
        course = null;
        for (const id of [courseId, searchId]) {
          const mod = ctx.server.moduleGraph.getModuleById(`\0${id}`);
          if (mod) ctx.server.moduleGraph.invalidateModule(mod);
        }
      }
    },
  };

  const compile = {
    enforce: "pre" as const,
    ...mdx({
      remarkPlugins: [remarkFrontmatter, remarkGfm, remarkHeadingIds, remarkTableTiers],
      rehypePlugins: [[rehypeHighlight, { languages: { bash, dockerfile, sql, yaml }, plainText: ["text"] }]],
    }),
  };

  return [index, compile];
}
