import { capstone, expectNoAxeViolations, test } from "./fixtures";

const routes = ["./", capstone, `${capstone}/junior`, `${capstone}/middle`, `${capstone}/senior`, "no/such/page"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const route of routes) {
      test(`${route} has no violations`, async ({ page, lesson }) => {
        await page.goto(route);
        await lesson.hydrated();
        await expectNoAxeViolations(page, `${route} ${colorScheme}`);
      });
    }
  });
}
