// The same site built for /course/: every address, asset and link stays under the sub-path.
import { capstone, expect, test } from "./fixtures";

test("served from a sub-path, the climb, a piece, altitude switching and not-found all work", async ({ page, lesson }) => {
  const outside: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.hostname === "127.0.0.1" && !url.pathname.startsWith("/course/")) outside.push(url.pathname);
  });
  await page.goto("./");
  await lesson.hydrated();
  await expect(page).toHaveURL(/\/course\/$/);
  await page.getByRole("link", { name: /Capstone: a deploy is a chain/ }).click();
  await expect(page).toHaveURL(/\/course\/deployment-and-infra\/capstone$/);
  await lesson.switchAltitude("senior");
  await expect(page).toHaveURL(/\/course\/deployment-and-infra\/capstone\/senior$/);
  await expect(lesson.section("endpoint-propagation")).toBeVisible();

  await lesson.open(capstone, "middle", "surge-rounding");
  await expect(lesson.section("surge-rounding")).toBeInViewport();

  const response = await page.goto("deployment-and-infra/missing");
  expect(response?.status()).toBe(404);
  await lesson.hydrated();
  await page.getByRole("link", { name: "Go to the climb" }).click();
  await expect(page).toHaveURL(/\/course\/?$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The climb");
  expect(outside).toEqual([]);
});
