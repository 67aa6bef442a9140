// Every screen and every medium: a phone at 320 px, any text spacing, a wide screen's contents list,
// print, and JavaScript off. Against the production build, as a learner would see it.
import type { Page } from "@playwright/test";
import { capstone, expect, expectNoAxeViolations, test } from "./fixtures";

const review = "deployment-and-infra/review";

/** The text-spacing override of WCAG 1.4.12, as the usual bookmarklet applies it. */
const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd { margin-bottom: 2em !important; }`;

/** Scrolls through the page so that every exercise and simulator wakes, and every simulator's player is there. */
async function wakeAll(page: Page) {
  const islands = page.locator(".island");
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    await islands.nth(i).scrollIntoViewIfNeeded();
    await islands.nth(i).and(page.locator("[data-awake]")).waitFor({ state: "attached" });
  }
  await expect(page.locator(".sim-player")).toHaveCount(await page.locator(".sim").count());
}

/** Checks an answer in every exercise (its first option), reveals every recall's key points, opens every simulator panel. */
async function useEverything(page: Page) {
  for (const box of await page.locator(".piece-body .exercise").all()) {
    const radio = box.getByRole("radio").first();
    if (await radio.count()) {
      await radio.check();
      await box.getByRole("button", { name: "Check answer" }).click();
      continue;
    }
    const text = box.getByRole("textbox");
    if (await text.count()) {
      await text.fill("Readiness gates traffic; liveness restarts the container.");
      await box.getByRole("button", { name: "Reveal the key points" }).click();
      continue;
    }
    const order = box.getByRole("button", { name: "Check the order" });
    if (await order.count()) await order.click();
  }
  for (const sim of await page.locator(".sim").all()) {
    const run = sim.getByRole("button", { name: /^Run it/ });
    if (await run.count()) {
      await run.click();
      const anyway = sim.getByRole("button", { name: /anyway/ });
      if (await anyway.count()) await anyway.click();
    }
    for (const panel of ["Change a setting", "Compare runs", "Narration", "Timeline table"]) {
      const button = sim.getByRole("button", { name: panel, exact: true });
      if ((await button.getAttribute("aria-expanded")) === "false") await button.click();
    }
  }
}

/** Answers every question of the review with its first option as shown, to reach its result. */
async function finishReview(page: Page) {
  const box = page.locator("#exercise-review");
  await box.getByRole("button", { name: "Start the review" }).click();
  for (;;) {
    const [, n, total] = /Question (\d+) of (\d+)/.exec((await box.locator(".review-progress").textContent()) ?? "") ?? [];
    await box.locator(".choice input").first().check();
    await box.getByRole("button", { name: "Check answer" }).click();
    const last = n === total;
    await box.getByRole("button", { name: last ? "See your result" : "Next question" }).click();
    if (last) break;
  }
  await expect(box.locator(".review-score")).toBeVisible();
}

/** How far the page scrolls sideways, and the elements that reach past the screen's right edge. */
async function sideways(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
      .filter((el) => !el.parentElement?.closest(".table-scroll, pre, .sim-table-scroll, .sim-narration-scroll"))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scroll: document.documentElement.scrollWidth - width, past: past.slice(0, 5) };
  });
}

/**
 * Buttons and text that an ancestor with hidden overflow (or paint containment) cuts off. Scroll containers
 * are not clipping: what they hold is reached by scrolling them.
 */
async function clipped(page: Page) {
  return page.evaluate(() => {
    const cuts = (s: CSSStyleDeclaration) => /hidden|clip/.test(`${s.overflowX} ${s.overflowY}`) || /paint|strict|content/.test(s.contain);
    const scrolls = (s: CSSStyleDeclaration) => /auto|scroll/.test(`${s.overflowX} ${s.overflowY}`);
    const hasText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (!(el instanceof HTMLElement) || !(el.tagName === "BUTTON" || hasText(el))) continue;
      if (el.closest(".visually-hidden, .skip-link, [hidden], option, select")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (scrolls(s) && !/hidden|clip/.test(`${s.overflowX} ${s.overflowY}`)) break;
        if (!cuts(s)) continue;
        const c = a.getBoundingClientRect();
        // A one-pixel box is the visually-hidden technique: its text is for screen readers.
        if (c.width <= 1 || c.height <= 1) break;
        if (r.bottom > c.bottom + 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.left < c.left - 1) {
          found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}" cut by ${a.tagName.toLowerCase()}.${a.className}`);
          break;
        }
      }
    }
    return found.slice(0, 8);
  });
}

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("no route scrolls sideways", async ({ page, lesson }) => {
    for (const route of ["./", `${capstone}/junior`, `${capstone}/middle`, `${capstone}/senior`, `${review}/senior`, "no/such/page"]) {
      await page.goto(route);
      await lesson.hydrated();
      expect(await sideways(page), route).toEqual({ scroll: 0, past: [] });
    }
  });

  test("no exercise or simulator state scrolls sideways", async ({ page, lesson }) => {
    test.setTimeout(120_000);
    await lesson.open(capstone, "senior");
    await wakeAll(page);
    await useEverything(page);
    expect(await sideways(page)).toEqual({ scroll: 0, past: [] });
  });

  test("the review's result does not scroll sideways", async ({ page, lesson }) => {
    await lesson.open(review, "senior");
    await page.locator("#exercise-review").scrollIntoViewIfNeeded();
    await lesson.awake(page.locator("#exercise-review"));
    await finishReview(page);
    expect(await sideways(page)).toEqual({ scroll: 0, past: [] });
  });
});

test.describe("with the text-spacing override (WCAG 1.4.12)", () => {
  // The override is a style sheet of the learner's own, as a browser extension would apply it.
  test.use({ bypassCSP: true });
  for (const [width, height] of [
    [320, 640],
    [768, 1024],
    [1280, 800],
  ] as const) {
    test(`at ${width} px no button or text is cut off`, async ({ page, lesson }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height });
      await lesson.open(capstone, "senior");
      await page.addStyleTag({ content: textSpacing });
      await wakeAll(page);
      await useEverything(page);
      expect(await clipped(page)).toEqual([]);
    });
  }

});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("a contents list beside the text stays in view and marks the section being read", async ({ page, lesson }) => {
    await lesson.open(capstone, "senior");
    const contents = page.getByRole("navigation", { name: "On this page" });
    const body = page.locator(".piece-body");
    const side = await contents.boundingBox();
    const text = await body.boundingBox();
    expect(side && text && side.x >= text.x + text.width).toBe(true);

    const target = page.locator("#endpoint-propagation");
    await target.evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 40, behavior: "instant" }));
    await expect(contents).toBeInViewport();
    await expect(contents.getByRole("link", { name: /Endpoint/ })).toHaveAttribute("aria-current", "true");
    await expect(contents.locator('[aria-current="true"]')).toHaveCount(1);

    await page.locator("#health-checks").evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 40, behavior: "instant" }));
    await expect(contents.locator('a[href="#health-checks"]')).toHaveAttribute("aria-current", "true");
    await expect(contents.locator('[aria-current="true"]')).toHaveCount(1);
  });

  test("a contents list longer than the screen keeps its title in view as it scrolls to the mark", async ({ page, lesson }) => {
    await page.setViewportSize({ width: 1440, height: 600 });
    await lesson.open(capstone, "senior");
    const contents = page.getByRole("navigation", { name: "On this page" });
    await page.locator("#sources-title").evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 40, behavior: "instant" }));
    await expect(contents.locator('a[href="#recap-senior"]')).toHaveAttribute("aria-current", "true");
    await expect.poll(() => contents.evaluate((nav) => nav.scrollTop)).toBeGreaterThan(0);
    const [title, list] = [await contents.getByRole("heading", { name: "On this page" }).boundingBox(), await contents.boundingBox()];
    expect(title && list && title.y >= list.y && title.y + title.height <= list.y + list.height).toBe(true);
    // Nothing of the list shows above its title.
    const first = await contents.getByRole("link").first().boundingBox();
    expect(first && title && first.y + first.height <= title.y).toBe(true);
  });
});

test.describe("on a phone, the contents list", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("folds into a bar at the top that names the section being read and takes the reader there", async ({ page, lesson }) => {
    await lesson.open(capstone, "senior");
    const contents = page.getByRole("navigation", { name: "On this page" });
    const toggle = contents.getByRole("button", { name: /On this page: \d+ sections/ });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(contents.getByRole("link").first()).toBeHidden();

    expect((await contents.boundingBox())?.y).toBeGreaterThan(200);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await contents.getByRole("link", { name: "Probe timing, in seconds" }).click();
    await expect(page).toHaveURL(/#probe-timing$/);
    await expect(contents.getByRole("link").first()).toBeHidden();
    // The bar stays at the top of the screen and names the section; the heading lands below the bar, not under it.
    const bar = contents.getByRole("button", { name: "Sections of this page, now reading: Probe timing, in seconds" });
    await expect(bar).toBeInViewport();
    expect((await contents.boundingBox())?.y).toBe(0);
    const [heading, barBox] = [await page.locator("#probe-timing").boundingBox(), await contents.boundingBox()];
    expect(heading && barBox && heading.y >= barBox.y + barBox.height).toBe(true);

    const opened = contents.getByRole("button", { name: /now reading/ });
    await opened.click();
    await page.keyboard.press("Escape");
    await expect(opened).toHaveAttribute("aria-expanded", "false");
    await expect(opened).toBeFocused();
  });

  test("is folded from the first paint, and its bar opens it even when the code that names the section cannot be fetched", async ({ page, lesson, consoleErrors }) => {
    await page.route(/\/assets\/currentSection-[\w-]+\.js(\?.*)?$/, (route) => route.fulfill({ status: 404, body: "gone" }));
    await lesson.open(capstone, "senior");
    const contents = page.getByRole("navigation", { name: "On this page" });
    const toggle = contents.getByRole("button", { name: /On this page: \d+ sections/ });
    await expect(contents.getByRole("link").first()).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(contents.getByRole("link", { name: "Probe timing, in seconds" })).toBeVisible();
    // The one chunk refused is the only error the browser reports.
    expect(consoleErrors.every((e) => /404|Failed to load resource|dynamically imported module/.test(e)), consoleErrors.join("\n")).toBe(true);
    consoleErrors.length = 0;
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("every column of the seam table is readable without scrolling it", async ({ page, lesson }) => {
    await lesson.open(capstone, "senior");
    const table = page.locator("#the-chain ~ * table, .piece-body table").first();
    const headers = await table.locator("thead th").allTextContents();
    expect(headers.length).toBeGreaterThanOrEqual(4);
    await table.scrollIntoViewIfNeeded();
    for (const cell of await table.locator("tbody td, tbody th").all()) {
      const box = await cell.boundingBox();
      expect(box, (await cell.textContent()) ?? "").not.toBeNull();
      // Inside the screen, and wide enough for a line of words.
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(box!.width).toBeGreaterThanOrEqual(200);
    }
    // Each cell still says which column it is in.
    const first = table.locator("tbody tr").first();
    for (const [i, header] of headers.entries()) {
      const label = await first.locator("td, th").nth(i).evaluate((el) => getComputedStyle(el, "::before").content);
      expect(label).toContain(header.trim());
    }
  });
});

test.describe("printed", () => {
  test("the handout states its altitude and prints neither the learner's answers nor any control", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    await lesson.answer("rolling-update-502", (box) => box.getByRole("radio").nth(1));
    await lesson.reach("recall-readiness");
    await lesson.exercise("recall-readiness").getByRole("textbox").fill("my own half-remembered answer");
    await page.waitForTimeout(300);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { name: "Answer key" })).toBeVisible();

    await expect(page.getByText(/^Junior altitude/)).toBeVisible();
    for (const selector of ["button", "input", "textarea", "select", ".verdict", ".option-note", ".exercise-hint", ".piece-progress", ".back-link", ".sim-box"]) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility?.() ?? true).map((el) => el.outerHTML.slice(0, 80)));
      expect(shown, selector).toEqual([]);
    }
    await expect(page.getByText("my own half-remembered answer")).toBeHidden();
    await expect(page.getByText(/Your choice/)).toBeHidden();
    // Questions are numbered (a counter, as the answer key's list is), so that each key entry ties to its question.
    const labels = page.locator(".piece-body .exercise-label");
    const numbering = await labels.evaluateAll((els) => els.map((el) => `${getComputedStyle(el.parentElement as Element).counterIncrement} ${getComputedStyle(el, "::before").content}`));
    expect(numbering.length).toBeGreaterThan(5);
    for (const n of numbering) expect(n).toMatch(/^exercise 1 counter\(exercise\)/);
    const numbers = numbering;
    await expect(page.locator(".answer-key li")).toHaveCount(numbers.length);
    await expect(page.locator(".answer-key")).not.toContainText(".;");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a deep link lands its section in view, with no empty box above it", async ({ page }) => {
    await page.goto(`${capstone}/senior#endpoint-propagation`);
    await page.waitForTimeout(200);
    const top = await page.locator("#endpoint-propagation").evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    for (const box of await page.locator(".sim-box").all()) {
      expect((await box.boundingBox())?.height ?? 0).toBeLessThan(250);
    }
    await expect(page.getByText(/loads as you scroll/).filter({ visible: true })).toHaveCount(0);
    await expect(page.getByText(/needs JavaScript/).first()).toBeVisible();
  });

  test("on a phone the contents list is there, unfolded, with no button that cannot open it", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${capstone}/senior`);
    const contents = page.getByRole("navigation", { name: "On this page" });
    await expect(contents.getByRole("link", { name: "Probe timing, in seconds" })).toBeVisible();
    await expect(contents.getByRole("button")).toHaveCount(0);
  });

  test("no button submits a form, and none is offered that cannot work", async ({ page }) => {
    await page.goto(`${capstone}/junior`);
    const submitting = await page.locator("button").evaluateAll((els) => (els as HTMLButtonElement[]).filter((b) => b.form && b.type === "submit").map((b) => b.textContent));
    expect(submitting).toEqual([]);
    expect(await page.locator("form").count()).toBe(0);
    for (const name of ["Check answer", "Load the simulation", "Keyboard shortcuts"]) {
      const visible = await page.getByRole("button", { name }).evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);
      expect(visible, name).toBe(0);
    }
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme, viewport: { width: 1440, height: 900 } });
    test("the wide layout with its contents list has no violations", async ({ page, lesson }) => {
      test.setTimeout(90_000);
      await lesson.open(capstone, "senior");
      await page.locator("#endpoint-propagation").scrollIntoViewIfNeeded();
      await expect(page.getByRole("navigation", { name: "On this page" }).locator('[aria-current="true"]')).toHaveCount(1);
      await expectNoAxeViolations(page, `wide ${colorScheme}`);
    });
    test("the phone's contents bar, open, has no violations", async ({ page, lesson }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 390, height: 844 });
      await lesson.open(capstone, "senior");
      await page.locator("#probe-timing").scrollIntoViewIfNeeded();
      await page.getByRole("button", { name: /now reading/ }).click();
      await expectNoAxeViolations(page, `contents bar ${colorScheme}`);
    });
    test("the review's result has no violations", async ({ page, lesson }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await lesson.open(review, "middle");
      await page.locator("#exercise-review").scrollIntoViewIfNeeded();
      await lesson.awake(page.locator("#exercise-review"));
      await finishReview(page);
      await expectNoAxeViolations(page, `review result ${colorScheme}`);
    });
  });
}
