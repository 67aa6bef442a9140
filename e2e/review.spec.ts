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
    await expect(box.getByRole("status").first()).toContainText(/Right\.|Not quite\./);
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
  await expect(box.getByText("Question 1 of 12")).toBeVisible();
  await expectNoAxeViolations(page, "review asking");
  await answerAll(page);
  const result = box.locator(".review-score");
  await expect(result).toContainText(/You answered \d+ of 12 right\./);
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

  await box.getByRole("button", { name: "Retry the missed questions" }).click();
  await expect(box.getByText(`Question 1 of ${missedCount}`)).toBeVisible();
});

test("question order is shuffled per attempt, and the same after a reload", async ({ page, lesson }) => {
  await lesson.open(review, "middle");
  await page.waitForLoadState("networkidle");
  const box = page.locator("#exercise-review");
  await box.getByRole("button", { name: "Start the review" }).click();
  const first = await box.locator("legend").textContent();
  await page.reload();
  await lesson.hydrated();
  await expect(box.locator("legend")).toHaveText(first ?? "");
  await expect(box.getByText(/Question 1 of 20/)).toBeVisible();
});
