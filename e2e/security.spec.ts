// The built app under its Content-Security-Policy: every page carries the policy, a learner using any page
// at any altitude triggers no violation, every request stays on the app's own origin, and links from the
// content to the outside open without handing over the opener or the referrer.
import type { BrowserContext, Page } from "@playwright/test";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { htmlFiles } from "../scripts/first-load.mjs";
import { contentSecurityPolicy, securityHeaders } from "../scripts/security-headers.mjs";
import { expect, test } from "./fixtures";

const dist = path.resolve(process.env.E2E_DIST ?? "dist");
const pages = htmlFiles(dist).map((file) => path.relative(dist, file));

/** App paths of the built pages, relative to the base URL ("" is the climb). */
const routes = pages
  .filter((p) => p !== "404.html")
  .map((p) => p.replace(/(^|\/)index\.html$/, "").split(path.sep).join("/"))
  .sort();

/** Records every policy violation the page reports, across reloads and navigations. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`);
    });
  });
  return violations;
}

/** Records the address of every request the browser makes for the pages, workers included. */
function watchRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (r) => urls.push(r.url()));
  return urls;
}

function offOrigin(urls: string[], origin: string): string[] {
  // data: and blob: URLs are made in the page (the export file, icons); they never reach a network.
  return urls.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
}

/** What a learner does on a page: read to the end, answer what is there, play the simulator, search. */
async function useLikeALearner(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState("networkidle");
  for (const box of await page.locator('[id^="exercise-"]').all()) {
    const start = box.getByRole("button", { name: "Start the review" });
    if (await start.isVisible()) await start.click();
    const radio = box.getByRole("radio").first();
    if ((await radio.isVisible()) && (await radio.isEnabled())) {
      await radio.check();
      const check = box.getByRole("button", { name: "Check answer" });
      if (await check.isVisible()) await check.click();
    }
    const order = box.getByRole("button", { name: "Check the order" });
    if (await order.isVisible()) await order.click();
    const text = box.getByRole("textbox").first();
    if (await text.isVisible()) await text.fill('<img src=x onerror="alert(1)"> readiness <script>alert(2)</script>');
  }
  for (const sim of await page.locator("section.sim").all()) {
    const load = sim.getByRole("button", { name: "Load the simulation" });
    // The simulator may wake on its own as it comes near the screen, and take the button away mid-click.
    if (await load.isVisible()) await load.click({ timeout: 3000 }).catch(() => undefined);
    const play = sim.getByRole("button", { name: "Play", exact: true });
    if (await play.isVisible()) {
      await play.click();
      await page.waitForTimeout(300);
    }
  }
  // Shortcuts do not fire while the learner types, so the search opens from outside the answer box.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("/");
  const search = page.getByRole("dialog", { name: "Search the climb" });
  await expect(search).toBeVisible();
  await search.getByRole("combobox").fill('<img src=x onerror="alert(1)">');
  await expect(search.locator("img")).toHaveCount(0);
  await search.getByRole("combobox").fill("readiness");
  await expect(search.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Escape");
}

/** Links on the page that leave the origin without both rel="noopener" and rel="noreferrer". */
function unsafeOutsideLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>("a[href]")]
      .filter((a) => a.origin !== location.origin && /^https?:$/.test(a.protocol))
      .filter((a) => !(a.relList.contains("noopener") && a.relList.contains("noreferrer")))
      .map((a) => a.outerHTML.slice(0, 160)),
  );
}

test.describe("the built pages", () => {
  test("carry the policy before anything it governs, and no inline script, style element or style attribute", () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const name of pages) {
      const html = readFileSync(path.join(dist, name), "utf8");
      const head = html.slice(0, html.indexOf("</head>"));
      const meta = head.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
      expect(meta?.[1], name).toBe(contentSecurityPolicy);
      expect(head.indexOf("Content-Security-Policy"), `${name}: the policy comes before any script or style`).toBeLessThan(
        Math.min(...[head.indexOf("<script"), head.indexOf("<link rel=\"stylesheet\""), head.indexOf("<link rel=\"modulepreload\"")].filter((i) => i >= 0)),
      );
      // The one inline element named script is the page's data, which the browser never runs: JSON, of a type
      // no browser executes, that cannot end its element early.
      const data = [...html.matchAll(/<script type="application\/json" id="seams-page">([^<]*)<\/script>/g)];
      expect(data, `${name}: the page's data`).toHaveLength(1);
      expect(() => JSON.parse(data[0]?.[1] ?? ""), `${name}: the page's data is JSON`).not.toThrow();
      const scripts = html.replace(/<script type="application\/json" id="seams-page">[^<]*<\/script>/, "");
      expect(scripts.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? [], `${name}: inline scripts`).toEqual([]);
      expect(html.match(/<style[\s>]/g) ?? [], `${name}: style elements`).toEqual([]);
      expect(html.match(/\sstyle="[^"]*"/g) ?? [], `${name}: style attributes`).toEqual([]);
      expect(html.match(/\son[a-z]+="[^"]*"/g) ?? [], `${name}: event-handler attributes`).toEqual([]);
    }
    for (const directive of ["script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", "connect-src 'self'"]) {
      expect(contentSecurityPolicy).toContain(directive);
    }
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  test("link to the outside only with rel noopener and noreferrer, in the prerendered markup", () => {
    let external = 0;
    for (const name of pages) {
      const html = readFileSync(path.join(dist, name), "utf8");
      for (const [tag] of html.matchAll(/<a\b[^>]*\bhref="(?:https?:)?\/\/[^"]*"[^>]*>/g)) {
        external += 1;
        const rel = (tag.match(/\brel="([^"]*)"/)?.[1] ?? "").split(/\s+/);
        expect(rel, `${name}: ${tag}`).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
      }
    }
    expect(external).toBeGreaterThan(0);
  });

  test("the app's source writes markup into the page in one place, and only markup its own build made", () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? sources(full) : /\.(tsx?|mdx)$/.test(name) ? [full] : [];
      });
    const all = [...sources("src"), ...sources("content")];
    const found = all.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|new Function\(|\beval\(|DOMParser/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    // The prose and the prerendered islands are the build's markup: src/lesson/Prose.tsx puts them on the page.
    expect(found).toEqual(["src/lesson/Prose.tsx: dangerouslySetInnerHTML"]);
    // It is given markup from the page data (the build's page.json, fetched from the app's own address) or from
    // the build's own rendering of the text, and nothing else.
    const users = all.filter((file) => /<Prose\b/.test(readFileSync(file, "utf8")));
    expect(users.sort()).toEqual(["src/lesson/IslandHost.tsx", "src/lesson/PieceView.tsx", "src/rollout/Simulator.tsx"]);
    expect(readFileSync("src/lesson/PieceView.tsx", "utf8").match(/html=\{[^}]*\}/g)).toEqual(["html={shown.blocks?.[i] ?? null}", "html={shown.blocks?.[i] ?? null}"]);
    expect(readFileSync("src/lesson/IslandHost.tsx", "utf8").match(/html=\{[^}]*\}/g)).toEqual(["html={html}"]);
    expect(readFileSync("src/rollout/Simulator.tsx", "utf8").match(/html=\{[^}]*\}/g)).toEqual(["html={line}"]);
    expect(readFileSync("src/app/pageData.ts", "utf8").match(/fetch\([^,)]*/g)).toEqual(["fetch(`${basePath}${path}`"]);
  });
});

test("the server sends the policy and the security headers a static host should send", async ({ request }) => {
  for (const address of ["./", routes.find((r) => r.includes("/")) ?? "", "no/such/page"]) {
    const response = await request.get(address);
    const headers = response.headers();
    for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name], `${address}: ${name}`).toBe(value);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
  // A malformed address is not found, and the server is still there for the next request.
  expect((await request.get("deployment-and-infra/%E0%A4%A")).status()).toBe(404);
  expect((await request.get("./")).status()).toBe(200);
});

test.describe("a learner on every page, at every altitude", () => {
  for (const route of routes) {
    test(`/${route}: no policy violation, no request off the origin, safe outside links`, async ({ page, context, lesson, baseURL }) => {
      test.slow();
      const violations = await watchViolations(page);
      const requests = watchRequests(context);
      const origin = new URL(baseURL ?? "").origin;

      await page.goto(route || "./");
      await lesson.hydrated();
      await useLikeALearner(page);
      const unsafe = await unsafeOutsideLinks(page);
      // The climb reads the saved progress back, which loads the validator: the part most likely to want eval.
      await page.goto("./");
      await lesson.hydrated();
      await page.waitForLoadState("networkidle");

      expect(unsafe, "outside links without noopener noreferrer").toEqual([]);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
      expect(requests.length).toBeGreaterThan(3);
      expect(offOrigin(requests, origin), "requests off the app's origin").toEqual([]);
    });
  }

  test("an unknown address and an unknown altitude: no violation, no request off the origin", async ({ page, context, lesson, baseURL }) => {
    const violations = await watchViolations(page);
    const requests = watchRequests(context);
    const piece = routes.find((r) => r.split("/").length === 2) ?? "";
    for (const address of ["no/such/page", `${piece}/expert`]) {
      await page.goto(address);
      await lesson.hydrated();
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
    expect(offOrigin(requests, new URL(baseURL ?? "").origin)).toEqual([]);
  });
});
