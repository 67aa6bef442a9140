import { capstone, expect, test } from "./fixtures";

test("each altitude has its own table of contents, marks its deeper sections, and a longer reading time", async ({ page, lesson }) => {
  const minutes: number[] = [];
  for (const tier of ["junior", "middle", "senior"] as const) {
    await lesson.open(capstone, tier);
    const contents = page.getByRole("navigation", { name: "On this page" });
    const entries = await contents.getByRole("listitem").allTextContents();
    if (tier === "junior") {
      expect(entries.join(" ")).not.toMatch(/Surge and unavailability/);
      expect(entries.join(" ")).not.toMatch(/Middle and up/);
    } else {
      expect(entries.join(" ")).toMatch(/Surge and unavailability.*Middle and up/);
    }
    if (tier === "senior") {
      await expect(page.getByRole("heading", { name: /Endpoint conditions.*Senior/ })).toBeVisible();
      await expect(page.getByRole("heading", { name: /Recap.*Senior only/ })).toBeVisible();
    }
    const text = (await lesson.readingTime().textContent()) ?? "";
    minutes.push(Number(/(\d+) min/.exec(text)?.[1]));
  }
  expect(minutes[0]).toBeGreaterThanOrEqual(14);
  expect(minutes[0]).toBeLessThanOrEqual(22);
  expect(minutes[1]).toBeGreaterThan(minutes[0] ?? 0);
  expect(minutes[2]).toBeGreaterThan(minutes[1] ?? 0);
});
