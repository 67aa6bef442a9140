// The sandbox on the production build: a learner's own manifest is read, simulated in a worker, judged,
// fixed with one click, shared in a link, and all of it works offline and at a thousand replicas.
import type { Page } from "@playwright/test";
import { examples } from "../src/sandbox/examples";
import { expect, test } from "./fixtures";

/** The hook's manifest, as the learner would paste it (the example the page also offers). */
const hookManifest = examples.hook;

class Sandbox {
  constructor(readonly page: Page) {}

  async open(hash = "") {
    await this.page.goto(`sandbox${hash}`);
    await this.page.locator("#root[data-interactive]").waitFor({ state: "attached" });
    // The editor itself, not the plain text area that stands in while it loads.
    await expect(this.page.locator(".sandbox-editor .cm-content")).toBeVisible();
  }

  editor() {
    return this.page.getByRole("textbox", { name: "Deployment manifest (YAML)" });
  }

  /** Replaces the editor's text the way a paste does. */
  async paste(text: string) {
    const editor = this.editor();
    await editor.click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await editor.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData("text/plain", pasted);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  async setting(name: RegExp, value: string) {
    await this.page.getByRole("spinbutton", { name }).fill(value);
  }

  async run() {
    await this.page.getByRole("button", { name: "Run the rollout" }).click();
  }

  verdict() {
    return this.page.getByTestId("verdict");
  }
}

test("pasting the hook's manifest reports failed requests and names the missing readiness probe; the offered fix gives 0 failed", async ({ page }) => {
  const sandbox = new Sandbox(page);
  await sandbox.open();
  await sandbox.paste(hookManifest);
  await sandbox.run();
  const summary = sandbox.verdict().getByTestId("verdict-summary");
  await expect(summary).toContainText(/[\d,]+ of [\d,]+ requests failed, from t = \d+/, { timeout: 15_000 });
  await expect(sandbox.verdict().getByTestId("verdict-seam")).toContainText("no readiness probe");
  await expect(sandbox.verdict().locator(".sandbox-diff")).toContainText("readinessProbe:");

  await sandbox.verdict().getByRole("button", { name: "Apply fix and run again" }).click();
  await expect(summary).toContainText("0 failed", { timeout: 15_000 });
  await expect(sandbox.editor()).toContainText("path: /ready");
  // The same player as the lesson's simulator plays the run.
  await expect(page.getByRole("group", { name: "The rollout, second by second" }).getByRole("button", { name: "Play" })).toBeVisible();
});

test("invalid YAML is shown with its line, and a kind that is not a Deployment is refused with the reason", async ({ page }) => {
  const sandbox = new Sandbox(page);
  await sandbox.open();
  await sandbox.paste("apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: [4\n  template: {}\n");
  const problems = page.locator(".sandbox-problems");
  await expect(problems).toContainText(/Line [4-6], column \d+:/);
  await expect(page.locator(".cm-lint-marker-error").first()).toBeVisible();

  await sandbox.paste("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n");
  await expect(problems).toContainText("Line 2, column 7: kind: StatefulSet is not a Deployment");
  await sandbox.run();
  await expect(page.getByTestId("sandbox-status")).toContainText("Fix the manifest first");
});

test("the link carries the manifest and settings into a fresh browser", async ({ page, browser }) => {
  const sandbox = new Sandbox(page);
  await sandbox.open();
  const mine = hookManifest.replace("name: checkout\nspec:", "name: my-own-service\nspec:");
  await sandbox.paste(mine);
  await sandbox.setting(/Requests per second/, "250");
  await sandbox.run();
  await expect(sandbox.verdict().getByTestId("verdict-summary")).toContainText("requests failed", { timeout: 15_000 });
  const url = page.url();
  expect(url).toMatch(/#m=/);

  const fresh = await browser.newContext();
  const other = new Sandbox(await fresh.newPage());
  await other.open(new URL(url).hash);
  await expect(other.editor()).toContainText("name: my-own-service");
  await expect(other.page.getByRole("spinbutton", { name: /Requests per second/ })).toHaveValue("250");
  // A shared link runs at once, so the one who opens it sees the verdict.
  await expect(other.verdict().getByTestId("verdict-seam")).toContainText("no readiness probe", { timeout: 15_000 });
  await fresh.close();
});

test("the draft is kept in saved progress across a reload", async ({ page }) => {
  const sandbox = new Sandbox(page);
  await sandbox.open();
  await sandbox.paste(hookManifest.replace("replicas: 4", "replicas: 7"));
  await expect.poll(() => page.evaluate(() => localStorage.getItem("seams:progress") ?? "")).toContain("replicas: 7");
  await sandbox.open();
  await expect(sandbox.editor()).toContainText("replicas: 7");
});

test("after one visit the sandbox works offline, the simulation worker included", async ({ page, context }) => {
  const sandbox = new Sandbox(page);
  await sandbox.open();
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === "activated");
  await expect(page.getByText("Available offline")).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator(".sandbox-editor .cm-content")).toBeVisible();
  await sandbox.run();
  await expect(sandbox.verdict().getByTestId("verdict-seam")).toContainText("no readiness probe", { timeout: 15_000 });
});

test("a 1,000-replica, 10,000 requests/s, one-hour run completes with no long task on the main thread", { tag: "@timing" }, async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  const sandbox = new Sandbox(page);
  await sandbox.open();
  await sandbox.paste(hookManifest.replace("replicas: 4", "replicas: 1000"));
  await sandbox.setting(/Requests per second/, "10000");
  await sandbox.setting(/Simulated time/, "3600");
  // Let the page settle (the editor, the draft) before measuring from the click. The click and the wait
  // are plain DOM calls, so that the test's own role queries (which run on the page's main thread) are
  // not counted against the app.
  await page.waitForTimeout(1000);
  await page.locator(".sandbox-run").waitFor();
  const clickedAt = await page.evaluate(() => {
    const at = performance.now();
    document.querySelector<HTMLButtonElement>(".sandbox-run")?.click();
    return at;
  });
  await page.waitForFunction(() => document.querySelector(".sandbox-pod-counts") !== null && /requests/.test(document.querySelector('[data-testid="verdict-summary"]')?.textContent ?? ""), null, { timeout: 30_000, polling: 250 });
  const doneAt = await page.evaluate(() => performance.now());
  const long = await page.evaluate(
    ([from, to]) => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((t) => t.start >= from && t.start <= to),
    [clickedAt, doneAt] as const,
  );
  const status = (await page.getByTestId("sandbox-status").textContent()) ?? "";
  console.log(`1,000 × 10,000 × 3,600 s: ${status.trim()} Click to verdict: ${Math.round(doneAt - clickedAt)} ms. Long tasks after the click: ${JSON.stringify(long)}`);
  await expect(page.getByRole("table", { name: "Pods by version and state" })).toBeVisible();
  expect(long).toEqual([]);
});
