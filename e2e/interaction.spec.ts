// How fast the page answers a learner on a slow phone: the CPU throttled 4x (Chrome DevTools' "mid-tier
// mobile"), each interaction timed in the page from the input event's timestamp to the first frame
// painted with its result, repeated, median reported. The budgets (100 ms for an answer, 150 ms for new
// text after moving, 50 ms for the longest task while a page loads) are reported, not asserted (see report()). `npm run bench` runs this file and prints the figures; INTERACTION_REPORT=<file> writes them as JSON.
import type { Locator, Page } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { capstone, expect, test } from "./fixtures";

const runs = 7;
const budgetMs = 100;
const results: Record<string, { median: number; runs: number[]; budgeted: boolean; budget: number }> = {};

type Done = { selector: string; text?: string; attribute?: [string, string]; focused?: boolean };

/**
 * Arms a timer in the page: it starts at the timestamp of the next `eventType` event and stops in the
 * frame after the one in which `done` first holds, i.e. once that frame has been painted.
 */
async function arm(page: Page, eventType: string, done: Done, slot = "main") {
  await page.evaluate(
    ({ eventType, done, slot }) => {
      const w = window as unknown as { __interaction?: Record<string, Promise<number>> };
      w.__interaction ??= {};
      w.__interaction[slot] = new Promise<number>((resolve) => {
        let start = -1;
        const holds = () =>
          [...document.querySelectorAll<HTMLElement>(done.selector)].some(
            (el) =>
              el.getClientRects().length > 0 &&
              (done.text === undefined || new RegExp(done.text).test(el.textContent ?? "")) &&
              (done.attribute === undefined || el.getAttribute(done.attribute[0]) === done.attribute[1]) &&
              (!done.focused || el === document.activeElement),
          );
        const frame = () => {
          if (start >= 0 && holds()) {
            // This frame shows the result; the next frame's callback runs after it was painted.
            requestAnimationFrame((painted) => resolve(painted - start));
            return;
          }
          requestAnimationFrame(frame);
        };
        addEventListener(
          eventType,
          (e) => {
            start = e.timeStamp;
            requestAnimationFrame(frame);
          },
          { capture: true, once: true },
        );
      });
    },
    { eventType, done, slot },
  );
}

/** Times `act` until `done` is painted; `also` times further results of the same event (e.g. the new text). */
async function measure(page: Page, name: string, times: number[], eventType: string, done: Done, act: () => Promise<unknown>, also: [Done, number[]][] = []) {
  await arm(page, eventType, done);
  for (const [i, [then]] of also.entries()) await arm(page, eventType, then, `also-${i}`);
  await act();
  const read = (slot: string) => page.evaluate((slot) => (window as unknown as { __interaction: Record<string, Promise<number>> }).__interaction[slot]!, slot);
  const ms = await read("main");
  times.push(ms);
  for (const [i, [, into]] of also.entries()) into.push(await read(`also-${i}`));
  return ms;
}

/**
 * Reports the median, and marks the test when it misses the budget. Not asserted: on a busy machine the same
 * build measured 26 ms and 95 ms for a quiz answer, so an assertion would fail on load, not on the app.
 */
function report(name: string, times: number[], { budgeted = true, budget = budgetMs } = {}) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  results[name] = { median, runs: times.map((t) => Math.round(t * 10) / 10), budgeted, budget };
  console.log(`interaction under 4x CPU throttling: ${name}: median ${median.toFixed(1)} ms (runs ${times.map((t) => t.toFixed(0)).join(", ")}${budgeted ? `; budget ${budget} ms` : ""})`);
  if (budgeted && median > budget) test.info().annotations.push({ type: "budget not met", description: `${name}: median ${median.toFixed(0)} ms > ${budget} ms` });
  expect(times).toHaveLength(runs);
}

async function throttle(page: Page, rate = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/** Opens a piece as a learner arrives at it: loaded, hydrated and idle, with nothing answered yet. */
async function arrive(page: Page, address: string, lesson: { hydrated: () => Promise<void> }) {
  await page.goto(address);
  await lesson.hydrated();
  await page.waitForLoadState("networkidle");
}

async function resetOrReload(page: Page, box: Locator, address: string, lesson: { hydrated: () => Promise<void> }) {
  const retry = box.getByRole("button", { name: "Try again" });
  if (await retry.isVisible()) {
    await retry.click();
    return;
  }
  await page.evaluate(() => localStorage.clear());
  await arrive(page, address, lesson);
  await box.scrollIntoViewIfNeeded();
}

test.describe("interaction latency under 4x CPU throttling", { tag: "@timing" }, () => {
  // One after another in one worker (not "serial": a failed budget must not skip the other measurements).
  test.describe.configure({ mode: "default" });
  test.slow();

  test("answering a quiz", async ({ page, lesson }) => {
    const address = `${capstone}/junior`;
    await arrive(page, address, lesson);
    await throttle(page);
    const box = page.locator("#exercise-rolling-update-502");
    await box.scrollIntoViewIfNeeded();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await box.getByRole("radio").nth(i % 2).check();
      await measure(page, "answering a quiz", times, "click", { selector: "#exercise-rolling-update-502 [role=status]", text: "Right\\.|Not quite\\." }, () =>
        box.getByRole("button", { name: "Check answer" }).click(),
      );
      await resetOrReload(page, box, address, lesson);
    }
    report("answering a quiz", times);
  });

  test("checking an order", async ({ page, lesson }) => {
    const address = `${capstone}/junior`;
    await arrive(page, address, lesson);
    const box = page.locator("#exercise-safe-column-rename");
    await box.scrollIntoViewIfNeeded();
    await expect(box.getByRole("button", { name: "Check the order" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await throttle(page);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await measure(page, "checking an order", times, "click", { selector: "#exercise-safe-column-rename [role=status]", text: "steps in the right place" }, () =>
        box.getByRole("button", { name: "Check the order" }).click(),
      );
      await resetOrReload(page, box, address, lesson);
      await expect(box.getByRole("button", { name: "Check the order" })).toBeVisible();
    }
    report("checking an order", times);
  });

  test("switching altitude", async ({ page, lesson }) => {
    await arrive(page, `${capstone}/junior`, lesson);
    await throttle(page);
    const times: number[] = [];
    const text: number[] = [];
    const cycle = ["middle", "senior", "junior"] as const;
    for (let i = 0; i < runs; i++) {
      const to = cycle[i % cycle.length]!;
      const link = lesson.altitudeSwitch().getByRole("link", { name: new RegExp(`^${to}$`, "i") });
      // The switch answers at once; the new altitude's text follows as the transition finishes.
      await measure(page, "switching altitude", times, "click", { selector: `.piece-meta a[href$="/${to}"]`, attribute: ["aria-current", "page"] }, () => link.click(), [
        [{ selector: `article.piece[data-tier="${to}"]` }, text],
      ]);
      await expect(page).toHaveURL(new RegExp(`/${to}$`));
      await expect(page.locator(".piece-loading")).toHaveCount(0);
    }
    report("switching altitude", times);
    report("switching altitude, new text painted", text, { budget: 150 });
  });

  test("moving to the next piece", async ({ page, lesson }) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await throttle(page, 1);
      await arrive(page, `${capstone}/junior`, lesson);
      const next = page.getByRole("navigation", { name: "Continue the climb" }).getByRole("link");
      await next.scrollIntoViewIfNeeded();
      await throttle(page);
      // Pointing at the link fetches the next page, as it does for a learner about to click.
      await measure(page, "moving to the next piece, new text painted", times, "click", { selector: "h1#piece-title", text: "review" }, () => next.click());
      await expect(page).toHaveURL(/\/review(\/junior)?$/);
    }
    report("moving to the next piece, new text painted", times, { budget: 150 });
  });

  test("the longest task while a page loads", async ({ page, lesson }) => {
    const times: number[] = [];
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    const altitudes = ["junior", "middle", "senior"] as const;
    for (let i = 0; i < runs; i++) {
      await page.goto("about:blank");
      await throttle(page);
      await arrive(page, `${capstone}/${altitudes[i % altitudes.length]}`, lesson);
      times.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
    }
    report("the longest task while the capstone loads", times, { budget: 50 });
  });

  test("opening search, and the first results", async ({ page, lesson }) => {
    await arrive(page, `${capstone}/junior`, lesson);
    await throttle(page);
    const opening: number[] = [];
    const querying: number[] = [];
    for (let i = 0; i < runs; i++) {
      await measure(page, "opening search", opening, "keydown", { selector: "dialog[open] input[type=search]", focused: true }, () => page.keyboard.press("/"));
      const box = page.getByRole("dialog", { name: "Search the climb" }).getByRole("combobox");
      await expect(page.getByRole("dialog", { name: "Search the climb" }).getByRole("status")).not.toHaveText("Loading the search index…");
      await measure(page, "search results", querying, "input", { selector: "dialog[open] [role=option]", text: "." }, () => box.fill(i % 2 ? "readiness" : "drain"));
      // In a search field the first Escape clears the query; the second closes the dialog.
      await expect(async () => {
        await page.keyboard.press("Escape");
        await expect(page.getByRole("dialog", { name: "Search the climb" })).toBeHidden({ timeout: 500 });
      }).toPass();
    }
    report("opening search", opening);
    report("search results", querying);
  });

  test.afterAll(() => {
    if (process.env.INTERACTION_REPORT) writeFileSync(process.env.INTERACTION_REPORT, JSON.stringify(results, null, 2));
  });
});
