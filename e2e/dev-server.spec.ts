// The README's first command: `npm start` serves the course for writing and previewing. These tests start the
// development server as the README says and read the capstone in Chromium, then break a piece in a copy of
// the content and find the build's message in the browser's error overlay, and the page back once it is fixed.
import { expect, test, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const capstoneFile = path.join("deployment-and-infra", "capstone", "index.mdx");

type DevServer = { url: string; child: ChildProcess; output: () => string; startedIn: number };

/** `npm start` on a free port; resolves once Vite says where it listens. */
async function startDevServer(port: number, env: Record<string, string> = {}): Promise<DevServer> {
  const started = Date.now();
  const child = spawn("npm", ["start", "--", "--port", String(port), "--strictPort", "--host", "127.0.0.1"], {
    env: { ...process.env, ...env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  // eslint-disable-next-line no-control-regex -- terminal colours, whatever the environment asks for
  const plain = (d: unknown) => String(d).replace(/\x1b\[[0-9;]*m/g, "");
  child.stdout?.on("data", (d) => (output += plain(d)));
  child.stderr?.on("data", (d) => (output += plain(d)));
  const url = `http://127.0.0.1:${port}`;
  const server = { url, child, output: () => output, startedIn: 0 };
  try {
    await expect.poll(() => (/Local:\s+http/.test(output) ? "listening" : output.slice(-300)), { timeout: 30_000 }).toBe("listening");
  } catch (error) {
    stop(server);
    throw error;
  }
  return { ...server, startedIn: Date.now() - started };
}

function stop(server: DevServer | undefined) {
  if (server?.child.pid) {
    try {
      process.kill(-server.child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

async function readCapstoneAtSenior(page: Page, url: string) {
  await page.goto(`${url}/deployment-and-infra/capstone/senior`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Capstone: a deploy is a chain/, { timeout: 30_000 });
  // A section written for senior only, so the altitude in the address is the one shown.
  await expect(page.locator("h2#endpoint-propagation")).toBeVisible();
  // The page is interactive (src/app/start.tsx).
  await page.locator("#root[data-interactive]").waitFor({ state: "attached", timeout: 30_000 });
}

test.describe("npm start", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test("serves the capstone at senior with its text and a quiz that answers", async ({ page }) => {
    const server = await startDevServer(4395);
    try {
      const opened = Date.now();
      await readCapstoneAtSenior(page, server.url);
      console.log(`npm start: listening after ${server.startedIn} ms; the capstone's text on screen ${Date.now() - opened} ms after opening it`);
      const quiz = page.locator("#exercise-rolling-update-502");
      await quiz.scrollIntoViewIfNeeded();
      await quiz.getByRole("radio").first().check();
      await quiz.getByRole("button", { name: "Check answer" }).click();
      await expect(quiz.getByRole("status")).toContainText(/Right\.|Not quite\./);
    } finally {
      stop(server);
    }
  });

  test("shows a content error in the overlay and the terminal, and recovers once it is fixed", async ({ page }) => {
    const copy = mkdtempSync(path.join(tmpdir(), "seams-content-"));
    const contentDir = path.join(copy, "content");
    cpSync("content", contentDir, { recursive: true });
    const file = path.join(contentDir, capstoneFile);
    const good = readFileSync(file, "utf8");
    const server = await startDevServer(4396, { SEAMS_CONTENT_DIR: contentDir });
    try {
      await readCapstoneAtSenior(page, server.url);

      writeFileSync(file, good.replace(/^title: .*$/m, "title: 42"));
      const overlay = page.locator("vite-error-overlay");
      await expect(overlay).toBeAttached({ timeout: 20_000 });
      await expect(overlay.locator(".message")).toContainText("content/deployment-and-infra/capstone/index.mdx:2: title: got 42, expected");
      await expect.poll(server.output, { timeout: 10_000 }).toContain("content/deployment-and-infra/capstone/index.mdx:2: title: got 42, expected");

      writeFileSync(file, good);
      await expect(page.locator("vite-error-overlay")).toHaveCount(0, { timeout: 20_000 });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Capstone: a deploy is a chain/, { timeout: 20_000 });
    } finally {
      stop(server);
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
