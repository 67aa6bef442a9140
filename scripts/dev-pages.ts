// `npm start`: the development server answers every page address the way the built site does, with the
// page rendered on the server (src/app/entry-server.tsx) into index.html, so an author previews what a
// learner gets and the client hydrates it as in production. A content error goes to Vite's error overlay
// and to the terminal; the page comes back once the file is fixed.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Connect, Plugin, ViteDevServer } from "vite";
// @ts-expect-error -- a plain ES module shared with the build
import { pageHtml, pageJson } from "./page-html.mjs";
import type { Rendered } from "../src/app/entry-server";

type ServerEntry = { render: (path: string) => Promise<Rendered> };

const serverEntry = "/src/app/entry-server.tsx";

/** The address inside the app, without the sub-path it is served from; null when the request is not for it. */
function appPathOf(url: string, base: string): string | null {
  const pathname = new URL(url, "http://localhost").pathname;
  const prefix = base.replace(/\/$/, "");
  if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return null;
  const inside = pathname.slice(prefix.length) || "/";
  return inside.length > 1 ? inside.replace(/\/$/, "") : inside;
}

export function devPages(): Plugin {
  return {
    name: "dev-pages",
    apply: "serve",
    // Vite serves modules and files first; what is left and asks for HTML is a page address.
    configureServer(server: ViteDevServer) {
      return () => server.middlewares.use(pageMiddleware(server));
    },
  };
}

/** A page's data, as the build writes it beside the page (…/page.json, and 404.json for the not-found page). */
function dataRequest(appPath: string): string | null {
  if (appPath === "/404.json") return "/404";
  if (appPath === "/page.json") return "/";
  return appPath.endsWith("/page.json") ? appPath.slice(0, -"/page.json".length) : null;
}

function pageMiddleware(server: ViteDevServer): Connect.NextHandleFunction {
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const appPath = appPathOf(req.originalUrl ?? req.url ?? "/", server.config.base);
    if (appPath === null) return next();
    const data = dataRequest(appPath);
    if (data === null && !String(req.headers.accept ?? "").includes("text/html")) return next();
    void (async () => {
      try {
        const entry = (await server.ssrLoadModule(serverEntry)) as ServerEntry;
        const rendered = await entry.render(data ?? appPath);
        if (data !== null) {
          // An address the build has no page for has no page.json either, as on a static host.
          res.statusCode = data !== "/404" && rendered.status === 404 ? 404 : 200;
          res.setHeader("content-type", "application/json");
          res.end(res.statusCode === 404 ? "{}" : pageJson(rendered));
          return;
        }
        const template = await server.transformIndexHtml(req.originalUrl ?? "/", readFileSync(path.resolve(server.config.root, "index.html"), "utf8"));
        res.statusCode = rendered.status;
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(pageHtml(template, rendered, appPath));
      } catch (error) {
        if (error instanceof Error) server.ssrFixStacktrace(error);
        next(error);
      }
    })();
  };
}
