import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import type { Page } from "@playwright/test";
import { capstone, expect, test } from "./fixtures";

async function offlineReady(page: Page) {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !!registration?.active && registration.active.state === "activated";
  });
  await expect(page.getByText("Available offline")).toBeVisible();
}

test("after one visit, every page at every altitude, a deep link, every kind of exercise, the simulator and search work offline", async ({ page, context, lesson }) => {
  await page.goto("./");
  await lesson.hydrated();
  await offlineReady(page);
  await context.setOffline(true);

  await page.reload();
  await lesson.hydrated();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The climb");
  for (const piece of [capstone, "deployment-and-infra/review"]) {
    for (const tier of ["junior", "middle", "senior"]) {
      await page.goto(`${piece}/${tier}`);
      await lesson.hydrated();
      await expect(page.getByRole("navigation", { name: "Your altitude" }).getByRole("link", { name: new RegExp(`^${tier}$`, "i") })).toHaveAttribute("aria-current", "page");
    }
  }
  await page.goto(`${capstone}/senior#endpoint-propagation`);
  await lesson.hydrated();
  await expect(page.locator("#endpoint-propagation")).toBeInViewport();

  await page.goto(`${capstone}/junior`);
  await lesson.hydrated();
  await page.waitForTimeout(500);
  await lesson.answer("rolling-update-502");
  const order = page.locator("#exercise-safe-column-rename");
  await order.getByRole("button", { name: "Check the order" }).click();
  await expect(order.getByRole("status").filter({ hasText: "steps" })).toBeVisible();
  const bestFit = await lesson.answer("rename-hot-column", (box) => box.getByRole("radio", { name: /expand/i }));
  await expect(bestFit.getByRole("status")).toContainText("Right.");
  await lesson.recall("recall-readiness", "Readiness gates the rollout.");
  const sim = page.locator("#sim-the-hook");
  await sim.scrollIntoViewIfNeeded();
  await expect(sim.getByRole("group", { name: /^Simulation of/ })).toBeVisible();

  await page.keyboard.press("/");
  const search = page.getByRole("dialog", { name: "Search the climb" });
  await search.getByRole("combobox").fill("readiness");
  await expect(search.getByRole("option").first()).toBeVisible();
  await expect(page.getByText("Offline: reading the saved copy")).toBeVisible();
});

test.describe("a new version", () => {
  let server: ChildProcess;
  let dir: string;
  const port = 4391;

  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "seams-deploy-"));
    cpSync("dist", dir, { recursive: true });
    server = spawn("node", ["scripts/serve.mjs", "--port", String(port), "--dir", dir], { stdio: "ignore" });
    await new Promise((r) => setTimeout(r, 500));
  });
  test.afterAll(() => server.kill());

  test("is offered, never forced, and accepting it keeps every answer", async ({ page, lesson }) => {
    const origin = `http://127.0.0.1:${port}/`;
    await page.goto(`${origin}${capstone}/junior`);
    await lesson.hydrated();
    await offlineReady(page);
    // A later visit: now the service worker controls the page.
    await page.reload();
    await lesson.hydrated();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await page.waitForTimeout(500);
    await lesson.answer("rolling-update-502");
    const recall = page.locator("#exercise-recall-readiness").getByRole("textbox");
    await recall.fill("half-written answer");

    // Deploy a changed build behind the same origin.
    const sw = path.join(dir, "sw.js");
    writeFileSync(sw, `${readFileSync(sw, "utf8")}\n// build ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const offer = page.getByRole("status").filter({ hasText: "A new version of the course is ready" });
    await expect(offer).toBeVisible({ timeout: 15_000 });
    // Nothing reloads by itself: the half-written answer is still there.
    await page.waitForTimeout(1000);
    await expect(recall).toHaveValue("half-written answer");
    // Listening before the click: the reload can finish before a listener added after it.
    const reloaded = page.waitForEvent("load");
    await offer.getByRole("button", { name: "Update now" }).click();
    await reloaded;
    await lesson.hydrated();
    await expect((await lesson.reach("rolling-update-502")).getByRole("status")).toContainText(/Right\.|Not quite\./);
    await expect((await lesson.reach("recall-readiness")).getByRole("textbox")).toHaveValue("half-written answer");
  });
});

test("a printed capstone shows no controls and ends with the answer key", async ({ page, lesson }) => {
  await lesson.open(capstone, "junior");
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Answer key" })).toBeVisible();
  const junior = await page.locator(".piece-body .exercise").count();
  await expect(page.locator(".answer-key li")).toHaveCount(junior);
  for (const name of ["Check answer", "Check the order", "Search", "Keyboard shortcuts"]) {
    await expect(page.getByRole("button", { name }).first()).toBeHidden();
  }
  await expect(page.getByRole("navigation", { name: "Your altitude" })).toBeHidden();
  await expect(page.locator(".source-url").first()).toBeVisible();
  await page.screenshot({ path: "test-results/print-capstone.png", fullPage: true });
});
