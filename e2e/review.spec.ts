import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const review = "deployment-and-infra/review";

/** Answers every question of the review with its first option as shown (the order is shuffled). */
async function answerAll(page: Page) {
  const box = page.locator("#exercise-review");
  for (;;) {
    const progress = box.locator(".review-progress");
    if (!(await progress.isVisible())) break;
    const [, n, total] = /Question (\d+) of (\d+)/.exec((await progress.textContent()) ?? "") ?? [];
    await box.locator(".choice input").first().check();
    await box.getByRole("button", { name: "Check answer" }).click();
    await expect(box.locator(".exercise-result")).toContainText(/Right\.|Not quite\./);
    const last = n === total;
    await box.getByRole("button", { name: last ? "See your result" : "Next question" }).click();
    if (last) break;
  }
}

test("the review keeps score, lists what was missed with working links, groups misconceptions, and retries only the missed", async ({ page, lesson }) => {
  await lesson.open(review, "junior");
  await page.waitForLoadState("networkidle");
  const box = page.locator("#exercise-review");
  await expect(box.getByText(/12 questions at junior altitude/)).toBeVisible();
  await expectNoAxeViolations(page, "review before start");
  await box.getByRole("button", { name: "Start the review" }).click();
  await expect(box.locator(".review-progress")).toContainText("Question 1 of 12");
  // The new question is announced, in a live region that was there before.
  await expect(box.getByRole("status").filter({ hasText: "Question 1 of 12" })).toBeAttached();
  await expectNoAxeViolations(page, "review asking");
  await answerAll(page);
  const result = box.locator(".review-score");
  await expect(result).toContainText(/You answered \d+ of 12 right\./);
  await expect(result).toBeFocused();
  await expect(box.getByRole("status").filter({ hasText: /You answered \d+ of 12 right\./ })).toBeAttached();
  await expectNoAxeViolations(page, "review result");
  const missedCount = await box.locator(".review-missed li").count();
  expect(missedCount).toBeGreaterThan(0);
  await expect(box.getByRole("heading", { name: "The misconceptions behind your wrong answers" })).toBeVisible();
  expect(await box.locator(".review-misconceptions li").count()).toBeGreaterThan(0);

  // The order is kept across a reload (seeded and saved with the attempt).
  await page.reload();
  await lesson.hydrated();
  await expect(box.locator(".review-score")).toHaveText((await result.textContent()) ?? "");

  // A missed question links to the section that teaches it, at its altitude.
  const link = box.locator(".review-missed a").first();
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/\/deployment-and-infra\/capstone\/junior#[a-z-]+$/);
  await link.click();
  await expect(page).toHaveURL(/\/capstone\/junior#/);
  await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeInViewport();
  await page.goBack();
  await lesson.hydrated();

  // Each missed question says what was chosen; the right answer waits behind its own control.
  const firstMissed = box.locator(".review-missed li").first();
  await expect(firstMissed.getByText("You chose:")).toBeVisible();
  await expect(firstMissed.getByText("The right answer:")).toHaveCount(0);
  await firstMissed.getByRole("button", { name: "Show the right answer" }).click();
  await expect(firstMissed.getByText("The right answer:")).toBeVisible();

  await box.getByRole("button", { name: "Retry the missed questions" }).click();
  await expect(box.locator(".review-progress")).toContainText(`Question 1 of ${missedCount}`);
  await expect(page.locator(":focus")).toHaveClass(/review-question/);
});

test("question order is shuffled per attempt, and the same after a reload", async ({ page, lesson }) => {
  await lesson.open(review, "middle");
  await page.waitForLoadState("networkidle");
  const box = page.locator("#exercise-review");
  await box.getByRole("button", { name: "Start the review" }).click();
  await expect(page.locator(":focus")).toHaveClass(/review-question/);
  const first = await box.locator("legend").textContent();
  await page.reload();
  await lesson.hydrated();
  await expect(box.locator("legend")).toHaveText(first ?? "");
  await expect(box.locator(".review-progress")).toContainText("Question 1 of 20");
});

test("a review with every question answered and a reload before the result opens at the result", async ({ page, lesson }) => {
  await lesson.open(review, "junior");
  const box = page.locator("#exercise-review");
  await box.getByRole("button", { name: "Start the review" }).click();
  for (let i = 0; i < 12; i++) {
    await box.locator(".choice input").first().check();
    await box.getByRole("button", { name: "Check answer" }).click();
    await expect(box.locator(".exercise-result")).toContainText(/Right\.|Not quite\./);
    if (i < 11) await box.getByRole("button", { name: "Next question" }).click();
  }
  await page.reload();
  await lesson.hydrated();
  await expect(box.locator(".review-score")).toContainText(/You answered \d+ of 12 right\./);
});

test("checking with nothing chosen says so, and right and wrong are said in words", async ({ page, lesson }) => {
  await lesson.open(review, "junior");
  const box = page.locator("#exercise-review");
  await box.getByRole("button", { name: "Start the review" }).click();
  await box.getByRole("button", { name: "Check answer" }).click();
  await expect(box.getByRole("status").filter({ hasText: "Choose an answer first." })).toBeAttached();
  await box.locator(".choice input").first().check();
  await box.getByRole("button", { name: "Check answer" }).click();
  await expect(box.locator(".choice-feedback .choice-status")).toHaveText(/Your choice, and (not )?right/);
});
