// Every exercise is a real retrieval attempt: a wrong answer gives nothing away until the learner asks, a retry
// starts clean, a recall prompt comes back blank, the altitude stays the learner's, keyboard ordering never
// loses a press, focus never falls to the page, and the climb tells the truth.
import type { Locator, Page } from "@playwright/test";
import { keyOf, shown } from "./answerKey";
import { capstone, expect, expectNoAxeViolations, test } from "./fixtures";

/** Everything a learner or a screen reader can get from a box: its text, its accessibility tree, its markup. */
async function whatItSays(box: Locator) {
  return { text: (await box.innerText()) + (await box.textContent()), tree: await box.ariaSnapshot(), markup: await box.evaluate((el) => el.outerHTML) };
}

async function expectNothingSays(box: Locator, secrets: string[]) {
  const said = await whatItSays(box);
  for (const secret of secrets) {
    expect(said.text, `the text gives away “${secret}”`).not.toContain(secret);
    expect(said.tree, `the accessibility tree gives away “${secret}”`).not.toContain(secret);
  }
  return said;
}

/** The option boxes the learner did not choose look alike, right or wrong: same classes, same attributes. */
async function expectUnchosenAlike(box: Locator, options: { text: string; chosen: boolean }[]) {
  const shapes = await box.locator(".choice").evaluateAll((els) =>
    els.map((el) => {
      const input = el.querySelector("input");
      const attributes = (node: Element | null) => (node ? [...node.attributes].map((a) => `${a.name}=${["id", "value", "name", "for"].includes(a.name) ? "" : a.value}`).sort() : []);
      return { label: el.querySelector("label")?.textContent ?? "", box: attributes(el), input: attributes(input), checked: input?.checked, blocks: el.children.length };
    }),
  );
  const unchosen = shapes.filter((s) => options.some((o) => !o.chosen && s.label.includes(shown(o.text))));
  expect(unchosen.length).toBeGreaterThanOrEqual(2);
  for (const s of unchosen) expect({ ...s, label: "" }).toEqual({ ...unchosen[0], label: "" });
}

test.describe("a wrong answer gives nothing away", () => {
  test("a quiz: only the chosen option is explained, Try again clears it, and the answer comes only on request", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    const key = keyOf("rolling-update-502");
    const right = key.options!.find((o) => o.correct)!;
    const [wrong, other] = key.options!.filter((o) => !o.correct);
    const box = lesson.exercise("rolling-update-502");
    await box.getByRole("radio", { name: shown(wrong!.text) }).check();
    await box.getByRole("button", { name: "Check answer" }).click();
    await expect(box.getByRole("status")).toContainText("Not quite.");
    await expect(box.getByText(shown(wrong!.feedback))).toBeVisible();
    await expectNothingSays(box, [shown(right.feedback), shown(key.explanation!), shown(other!.feedback)]);
    await expectUnchosenAlike(box, key.options!.map((o) => ({ text: o.text, chosen: o.id === wrong!.id })));

    await box.getByRole("button", { name: "Try again" }).click();
    for (const radio of await box.getByRole("radio").all()) await expect(radio).not.toBeChecked();
    await expect(box.getByText(shown(wrong!.feedback))).toHaveCount(0);

    await box.getByRole("radio", { name: shown(other!.text) }).check();
    await box.getByRole("button", { name: "Check answer" }).click();
    await expect(box.getByRole("status")).toContainText("Not quite.");
    await expectNothingSays(box, [shown(right.feedback), shown(key.explanation!)]);
    await box.getByRole("button", { name: "Show the answer" }).click();
    await expect(box.getByRole("status")).toContainText("The answer is shown.");
    await expect(box.getByRole("radio", { name: shown(right.text) })).toBeChecked();
    await expect(box.getByText(shown(right.feedback))).toBeVisible();
    // The button that was pressed is gone; focus is on what replaced it, not on the page.
    expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
    await expect(page.locator(":focus")).toHaveText("The answer is shown.");
    await expectNoAxeViolations(page, "quiz with the answer shown");
  });

  test("the best-fit question: only the chosen approach's trade-off until the answer is asked for", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    const key = keyOf("rename-hot-column");
    const best = key.approaches!.find((a) => a.best)!;
    const wrong = key.approaches!.find((a) => !a.best)!;
    const box = lesson.exercise("rename-hot-column");
    await box.scrollIntoViewIfNeeded();
    await box.getByRole("radio", { name: shown(wrong.title) }).check();
    await box.getByRole("button", { name: "Check answer" }).click();
    await expect(box.getByRole("status")).toContainText("Not quite.");
    await expect(box.getByText(shown(wrong.cost))).toBeVisible();
    await expectNothingSays(box, [shown(best.cost), shown(best.payoff), shown(key.why!), "The best fit here"]);
    await expectUnchosenAlike(box, key.approaches!.map((a) => ({ text: a.title, chosen: a.id === wrong.id })));

    await box.getByRole("button", { name: "Try again" }).click();
    for (const radio of await box.getByRole("radio").all()) await expect(radio).not.toBeChecked();
    await box.getByRole("radio", { name: shown(wrong.title) }).check();
    await box.getByRole("button", { name: "Check answer" }).click();
    await box.getByRole("button", { name: "Show the answer" }).click();
    await expect(box.getByText(shown(key.why!))).toBeVisible();
    await expect(box.getByRole("radio", { name: shown(best.title) })).toBeChecked();
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  });
});

test("a recall prompt graded Again and reopened once it is due opens blank, with its key points hidden", async ({ page, lesson }) => {
  await lesson.open(capstone, "junior");
  const key = keyOf("recall-readiness");
  const box = await lesson.recall("recall-readiness", "Pods were ready before they could serve.", "Again");
  await expect(box.getByRole("textbox")).toHaveCount(0);

  // An hour later the prompt is due; the climb lists it and leads to it. Timers keep running.
  await page.clock.setFixedTime(new Date(Date.now() + 60 * 60 * 1000));
  await page.goto("");
  await lesson.hydrated();
  const due = page.getByRole("region", { name: "Due for recall" });
  await due.getByRole("link").first().click();
  await expect(page).toHaveURL(/#exercise-recall-readiness$/);
  const reopened = lesson.exercise("recall-readiness");
  await expect(reopened.getByRole("textbox")).toHaveValue("");
  await expect(reopened.getByText("Due for review now.")).toBeVisible();
  for (const point of key.keyPoints!) await expect(reopened.getByText(shown(point))).toHaveCount(0);
  await expect(reopened.getByText("Pods were ready before they could serve.")).toHaveCount(0);
  await reopened.getByRole("button", { name: "Show your last attempt" }).click();
  await expect(reopened.getByText("Pods were ready before they could serve.")).toBeVisible();
});

test("the altitude is the learner's: a link pinned to another one opens there and changes nothing", async ({ page, lesson }) => {
  await lesson.open(capstone, "junior");
  await lesson.switchAltitude("senior");
  await page.goto(`${capstone}/junior`);
  await lesson.hydrated();
  await expect(page.locator('article.piece[data-tier="junior"]')).toBeAttached();
  const notice = page.getByRole("status").filter({ hasText: "your altitude is senior" });
  await expect(notice).toBeVisible();
  await page.goto(capstone);
  await lesson.hydrated();
  await expect(page).toHaveURL(/\/capstone\/senior$/);
  // And the offer on the notice makes the pinned altitude the learner's.
  await page.goto(`${capstone}/middle`);
  await lesson.hydrated();
  await page.getByRole("button", { name: "Make middle my altitude" }).click();
  await page.goto(capstone);
  await lesson.hydrated();
  await expect(page).toHaveURL(/\/capstone\/middle$/);
});

async function keyboardOrdering(page: Page, lesson: import("./fixtures").Lesson) {
  await lesson.open(capstone, "junior");
  const order = lesson.exercise("safe-column-rename");
  await order.scrollIntoViewIfNeeded();
  const labels = () => order.locator(".step-label").allTextContents();
  const before = await labels();
  const label = before[4]!;
  // Everything the exercise's live regions say, in order.
  await order.evaluate((el) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    const observer = new MutationObserver(() => {
      for (const region of el.querySelectorAll("[role=status]")) {
        const text = region.textContent ?? "";
        if (text && said.at(-1) !== text && region.getAttribute("data-last") !== text) said.push(text);
        region.setAttribute("data-last", text);
      }
    });
    observer.observe(el, { subtree: true, childList: true, characterData: true });
  });
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
  const handle = order.getByRole("button", { name: `Drag “${label}”` });
  await handle.focus();
  // A pick-up and a drop with no move changes nothing.
  await page.keyboard.press("Space");
  await page.waitForTimeout(300);
  await page.keyboard.press("Space");
  await page.waitForTimeout(300);
  expect(await labels()).toEqual(before);
  // Picked up at 5, moved up twice with 300 ms between keys: at 3.
  for (const key of ["Space", "ArrowUp", "ArrowUp", "Space"]) {
    await page.keyboard.press(key);
    await page.waitForTimeout(300);
  }
  const after = await labels();
  expect(after.indexOf(label)).toBe(2);
  expect(after.filter((l) => l !== label)).toEqual(before.filter((l) => l !== label));
  await expect(handle).toBeFocused();
  // Each step is said once.
  expect(await said()).toEqual([
    `Picked up ${label}, at position 5 of 6.`,
    `${label} dropped at position 5 of 6.`,
    `Picked up ${label}, at position 5 of 6.`,
    `${label} moved to position 4 of 6.`,
    `${label} moved to position 3 of 6.`,
    `${label} dropped at position 3 of 6.`,
  ]);
}

test("keyboard ordering with 300 ms between keys moves a step exactly two places; a pick-up and drop changes nothing", async ({ page, lesson }) => {
  await keyboardOrdering(page, lesson);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test("keyboard ordering loses no press either", async ({ page, lesson }) => {
    await keyboardOrdering(page, lesson);
  });
});

test("the climb counts at the learner's altitude, and shows the finished review's score", async ({ page, lesson }) => {
  await lesson.open(capstone, "junior");
  await lesson.answer("rolling-update-502");
  await page.goto("");
  await lesson.hydrated();
  const capstoneCard = page.locator(".track-piece").filter({ has: page.getByRole("link", { name: "Capstone: a deploy is a chain, and the outage lives in the seam" }) });
  await expect(capstoneCard).toContainText(/1 of \d+ exercises done at junior altitude/);
  const juniorTotal = Number(/1 of (\d+) exercises/.exec((await capstoneCard.textContent()) ?? "")?.[1]);
  await expect(capstoneCard).toContainText(/min at junior altitude/);

  await page.goto("deployment-and-infra/review/junior");
  await lesson.hydrated();
  const review = lesson.exercise("review");
  await review.getByRole("button", { name: "Start the review" }).click();
  for (;;) {
    await review.locator(".choice input").first().check();
    await review.getByRole("button", { name: "Check answer" }).click();
    const next = review.getByRole("button", { name: /Next question|See your result/ });
    const label = await next.textContent();
    await next.click();
    if (label === "See your result") break;
  }
  const score = (await review.locator(".review-score-words").textContent()) ?? "";
  const [, right, total] = /(\d+) of (\d+)/.exec(score) ?? [];
  await page.goto("");
  await lesson.hydrated();
  await expect(page.locator(".track-piece").filter({ has: page.getByRole("link", { name: /review/i }) })).toContainText(`Last review: ${right} of ${total} right`);

  await lesson.open(capstone, "junior");
  await lesson.switchAltitude("senior");
  await page.goto("");
  await lesson.hydrated();
  await expect(capstoneCard).toContainText(/min at senior altitude/);
  await expect(capstoneCard).toContainText(/exercises done at senior altitude|No exercises done yet at senior altitude/);
  expect(juniorTotal).toBeGreaterThan(0);
});
