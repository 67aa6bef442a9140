import type { Page } from "@playwright/test";
import { capstone, expect, expectNoAxeViolations, test } from "./fixtures";

const exercise = (page: Page, id: string) => page.locator(`#exercise-${id}`);

/** Waits until the page has read saved progress, which is when saved answers can be shown. */
async function ready(page: Page) {
  await page.locator("#root[data-interactive]").waitFor({ state: "attached" });
}

test.describe("exercises at junior", () => {
  test("a learner answers every exercise with the mouse, and finds it all after a reload", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    await ready(page);

    const quiz = exercise(page, "rolling-update-502");
    const options = quiz.getByRole("radio");
    await options.first().check();
    await quiz.getByRole("button", { name: "Check answer" }).click();
    await expect(quiz.getByRole("status")).toContainText(/Right\.|Not quite\./);
    const firstVerdict = (await quiz.getByRole("status").textContent()) ?? "";
    // Right: every option is explained. Wrong: only the one chosen.
    await expect(quiz.locator(".choice-feedback")).toHaveCount(firstVerdict.includes("Not quite") ? 1 : await options.count());
    if (firstVerdict.includes("Not quite")) {
      await expect(quiz.getByText(/^Misconception:/).first()).toBeVisible();
      await quiz.getByRole("button", { name: "Try again" }).click();
      await quiz.getByRole("radio", { name: /readiness/i }).first().check();
      await quiz.getByRole("button", { name: "Check answer" }).click();
      await expect(quiz.getByText("Right after 2 attempts.")).toBeVisible();
    }

    await lesson.answer("blue-green-dropped-column", (box) => box.getByRole("radio").nth(1));

    const bestFit = await lesson.answer("rename-hot-column", (box) => box.getByRole("radio", { name: /expand/i }));
    await expect(bestFit.getByRole("status")).toContainText("Right.");
    await expect(bestFit.getByText("Cost", { exact: true })).toHaveCount(4);

    const order = exercise(page, "safe-column-rename");
    await order.getByRole("button", { name: "Check the order" }).click();
    await expect(order.getByRole("status").filter({ hasText: "steps in the right place" })).toContainText(/Not quite\. \d of 6 steps in the right place\./);
    await order.getByRole("button", { name: "Show the solution" }).click();
    await expect(order.getByText("The answer is shown.")).toBeVisible();
    await expect(order.locator(".step-label")).toHaveText([/^Expand/, /^Write both/, /^Move the reads/, /^Stop writing/, /^Verify/, /^Contract/]);

    await lesson.recall("recall-readiness", "A rollout trusts readiness; without a probe pods are ready too early.");

    await page.reload();
    await lesson.hydrated();
    await ready(page);
    await expect((await lesson.reach("rolling-update-502")).getByRole("status")).toContainText(/Right\.|Not quite\./);
    await expect((await lesson.reach("rename-hot-column")).getByRole("status")).toContainText("Right.");
    await expect((await lesson.reach("safe-column-rename")).getByText("The answer is shown.")).toBeVisible();
    // The graded recall prompt rests until it is due; the attempt is kept behind its own control.
    const recalled = await lesson.reach("recall-readiness");
    await expect(recalled.getByText(/Next review/)).toBeVisible();
    await recalled.getByRole("button", { name: "Show your last attempt" }).click();
    await expect(recalled.getByText(/rollout trusts readiness/)).toBeVisible();
    await expect(page.getByText(/Exercises at this altitude: 5 of \d+ done/)).toBeVisible();
    await expectNoAxeViolations(page, "answered exercises");

    await page.goto("./");
    await expect(page.getByText(/5 of \d+ exercises done/)).toBeVisible();
  });

  test("the ordering exercise works from the keyboard alone, with announcements in the lesson's words", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    await ready(page);
    const order = exercise(page, "safe-column-rename");
    await order.scrollIntoViewIfNeeded();
    const labels = async () => order.locator(".step-label").allTextContents();
    const before = await labels();
    // The steps arrive shuffled, and nothing in their labels gives the order away.
    expect(before).not.toEqual(["Expand", "Write both", "Move the reads", "Stop writing the old column", "Verify", "Contract"]);
    for (const label of before) expect(label).not.toMatch(/\d/);

    // Move buttons
    const second = before[1] ?? "";
    await order.getByRole("button", { name: `Move “${second}” up` }).focus();
    await page.keyboard.press("Enter");
    await expect(order.locator(".step-label").first()).toHaveText(second);
    await expect(order.getByRole("status").filter({ hasText: `${second} moved to position 1 of 6.` })).toBeAttached();

    // Keyboard: pick up, move down, drop
    const handle = order.getByRole("button", { name: `Drag “${second}”` });
    await handle.focus();
    await page.keyboard.press("Space");
    await expect(order.getByText(`Picked up ${second}, at position 1 of 6.`)).toBeAttached();
    await expect(handle).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("ArrowDown");
    await expect(order.getByText(`${second} moved to position 2 of 6.`).first()).toBeAttached();
    await page.keyboard.press("Space");
    await expect(order.getByText(`${second} dropped at position 2 of 6.`)).toBeAttached();
    expect((await labels())[1]).toBe(second);

    // Cancel puts it back, and the handle keeps focus
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Escape");
    await expect(order.getByText(`Moving cancelled. ${second} is back at position 2 of 6.`)).toBeAttached();
    expect((await labels())[1]).toBe(second);
    await expect(handle).toBeFocused();
  });

  test("the ordering exercise can be solved and checked with the move buttons and the keyboard alone", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    await ready(page);
    const order = exercise(page, "safe-column-rename");
    await order.scrollIntoViewIfNeeded();
    const labels = async () => order.locator(".step-label").allTextContents();
    // Put it in order with the buttons alone, then check from the keyboard
    const correct = [/^Expand/, /^Write both/, /^Move the reads/, /^Stop writing/, /^Verify/, /^Contract/];
    for (let target = 0; target < correct.length; target++) {
      const current = await labels();
      const from = current.findIndex((l) => correct[target]!.test(l));
      const label = current[from] ?? "";
      for (let at = from; at > target; at--) {
        await order.getByRole("button", { name: `Move “${label}” up` }).focus();
        await page.keyboard.press("Enter");
        await expect.poll(async () => (await labels()).indexOf(label)).toBe(at - 1);
      }
    }
    await order.getByRole("button", { name: "Check the order" }).focus();
    await page.keyboard.press("Enter");
    await expect(order.getByRole("status").filter({ hasText: "steps" })).toContainText("Right. 6 of 6 steps in the right place.");
    await expect(order.getByRole("button", { name: "Try again" })).toBeFocused();
  });

  test("a quiz answered from the keyboard keeps focus where the learner is", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    await ready(page);
    const quiz = exercise(page, "rolling-update-502");
    await quiz.getByRole("radio").first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    const check = quiz.getByRole("button", { name: "Check answer" });
    await expect(check).toBeFocused();
    // Focusing scrolls the button into view, smoothly where motion is allowed: wait until it rests.
    let before = await check.boundingBox();
    await expect
      .poll(async () => {
        const now = await check.boundingBox();
        const still = now?.y === before?.y;
        before = now;
        return still;
      })
      .toBe(true);
    await page.keyboard.press("Enter");
    await expect(quiz.getByRole("status")).toContainText(/Right\.|Not quite\./);
    const button = quiz.getByRole("button", { name: "Try again" });
    await expect(button).toBeFocused();
    // The feedback opens above the button; the button stays where it was on screen, within a line.
    expect(Math.abs(((await button.boundingBox())?.y ?? 0) - (before?.y ?? 0))).toBeLessThan(16);
  });
});

test.describe("saved progress that cannot be trusted", () => {
  for (const [name, bytes] of [
    ["invalid JSON", "{not json"],
    ["the wrong shape", JSON.stringify({ answers: [1, 2, 3] })],
    ["a future version", JSON.stringify({ version: 99, state: {} })],
  ] as const) {
    test(`${name} leaves the app working, says so and keeps the old bytes`, async ({ page, lesson }) => {
      await page.addInitScript((raw) => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem("seams:progress", raw);
          sessionStorage.setItem("seeded", "1");
        }
      }, bytes);
      await lesson.open(capstone, "junior");
      await expect(page.getByText(/Your saved progress could not be read/)).toBeVisible();
      const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("seams:progress:backup:")).map((k) => localStorage.getItem(k)));
      expect(backups).toEqual([bytes]);
      await ready(page);
      await lesson.answer("rolling-update-502", (box) => box.getByRole("radio", { name: /readiness/i }));
    });
  }

  test("storage that throws on write leaves every exercise usable, with a notice", async ({ page, lesson }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    await lesson.open(capstone, "junior");
    await ready(page);
    await lesson.answer("rolling-update-502", (box) => box.getByRole("radio", { name: /readiness/i }));
    await expect(page.getByText(/storage is full/)).toBeVisible();
    await lesson.answer("rename-hot-column");
    const order = exercise(page, "safe-column-rename");
    await order.getByRole("button", { name: "Check the order" }).click();
    await expect(order.getByRole("status").filter({ hasText: "steps" })).toBeVisible();
    await exercise(page, "recall-readiness").getByRole("textbox").fill("still typing");
    await expect(exercise(page, "recall-readiness").getByRole("textbox")).toHaveValue("still typing");
  });
});

test.describe("deeper altitudes", () => {
  for (const tier of ["middle", "senior"] as const) {
    test(`${tier} has its own exercises, and axe passes once they are answered wrong and shown`, async ({ page, lesson }) => {
      await lesson.open(capstone, tier);
      await ready(page);
      const id = tier === "middle" ? "surge-bounds-ten" : "prestop-grace-arithmetic";
      const quiz = await lesson.answer(id, (box) => box.getByRole("radio").last());
      const show = quiz.getByRole("button", { name: "Show the answer" });
      if (await show.isVisible()) await show.click();
      await expectNoAxeViolations(page, `${tier} answered`);
    });
  }
});

test("the climb lists recall prompts that are due, and links to them", async ({ page, lesson }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    const card = { due: Date.now() - 60_000, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: 1, last_review: Date.now() - 600_000 };
    const recall = { draft: "", revealed: false, checked: [], card, reviews: [{ at: Date.now() - 600_000, grade: "hard" }], updatedAt: Date.now() - 600_000 };
    localStorage.setItem("seams:progress", JSON.stringify({ version: 1, state: { answers: {}, orderDrafts: {}, recall: { "recall-readiness": recall } } }));
  });
  await page.goto("./");
  await lesson.hydrated();
  const due = page.getByRole("region", { name: "Due for recall" });
  await expect(due.getByRole("link")).toHaveCount(1);
  await due.getByRole("link").click();
  await expect(page).toHaveURL(/capstone\/junior#exercise-recall-readiness$/);
  await expect(page.locator("#exercise-recall-readiness")).toBeInViewport();
  await expect(page.locator("#exercise-recall-readiness").getByText("Due for review now.")).toBeVisible();
});
