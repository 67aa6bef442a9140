import { capstone, expect, test } from "./fixtures";

test.describe("reading the capstone", () => {
  test("at junior it shows the title, crux, seam table, probe snippet, recap and sources", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Capstone: a deploy is a chain, and the outage lives in the seam");
    await expect(page.getByText("Crux", { exact: true })).toBeVisible();
    const seamTable = page.locator("#the-chain").locator("xpath=ancestor::div[1]/following-sibling::*").getByRole("table").first();
    await expect(seamTable.getByRole("row")).toHaveCount(8);
    await expect(seamTable.getByRole("columnheader")).toHaveCount(3);
    await expect(page.locator("pre code.language-yaml").first()).toContainText("readinessProbe");
    await expect(page.locator("pre code.language-yaml").first()).toContainText("maxUnavailable: 0");
    await expect(page.getByRole("heading", { name: "Recap" })).toBeVisible();
    const sources = page.getByRole("region", { name: "Sources" }).getByRole("listitem");
    expect(await sources.count()).toBeGreaterThanOrEqual(4);
    await expect(lesson.readingTime()).toBeVisible();
  });

  test("switching altitude changes the text, the reading time and the address without a reload", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = "same page"));
    const juniorTime = await lesson.readingTime().textContent();
    await expect(lesson.section("surge-rounding")).toHaveCount(0);

    await lesson.switchAltitude("middle");
    await expect(page).toHaveURL(/\/capstone\/middle$/);
    await expect(lesson.section("surge-rounding")).toBeVisible();
    await expect(lesson.section("endpoint-propagation")).toHaveCount(0);
    await expect(lesson.readingTime()).not.toHaveText(juniorTime ?? "");
    await expect(page.getByRole("status").filter({ hasText: "Now at middle altitude" })).toBeAttached();

    await lesson.switchAltitude("senior");
    await expect(page).toHaveURL(/\/capstone\/senior$/);
    await expect(lesson.section("endpoint-propagation")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("same page");
  });

  test("switching altitude mid-page keeps the reader at the same heading, and it stays put", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    const heading = lesson.section("draining-and-observability");
    await heading.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 40));
    await page.waitForTimeout(200);
    const before = await heading.evaluate((el) => el.getBoundingClientRect().top);
    await page.keyboard.press("t");
    await expect(page).toHaveURL(/\/capstone\/middle$/);
    const at = () => lesson.section("draining-and-observability").evaluate((el) => Math.round(el.getBoundingClientRect().top));
    await expect.poll(async () => Math.abs((await at()) - before)).toBeLessThan(8);
    // The text around the place arrives as the reader looks at it; the place itself does not move.
    await page.waitForTimeout(1000);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(500);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(500);
    expect(Math.abs((await at()) - before)).toBeLessThan(8);
  });

  test("the seam table gains the column that closes each seam from middle up", async ({ page, lesson }) => {
    await lesson.open(capstone, "middle");
    const seamTable = page.getByRole("table").first();
    await expect(seamTable.getByRole("columnheader")).toHaveCount(4);
  });

  test("a deep link opens at its altitude and scrolls to its section", async ({ page, lesson }) => {
    await lesson.open(capstone, "senior", "endpoint-propagation");
    await expect(lesson.altitudeSwitch().getByRole("link", { name: "Senior" })).toHaveAttribute("aria-current", "page");
    await expect(lesson.section("endpoint-propagation")).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  });

  test("the copy-link control gives a link that reopens at that altitude and section", async ({ page, lesson, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await lesson.open(capstone, "middle");
    await page.getByRole("button", { name: /Copy link to “.*” at middle altitude/ }).nth(2).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/deployment-and-infra\/capstone\/middle#[a-z0-9-]+$/);
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const id = copied.split("#")[1] ?? "";
    const reopened = await context.newPage();
    await reopened.goto(copied);
    await expect(reopened.locator(`[id="${id}"]`)).toBeInViewport();
    await expect(reopened.getByRole("navigation", { name: "Your altitude" }).getByRole("link", { name: "Middle" })).toHaveAttribute("aria-current", "page");
  });

  test("a link to a section this altitude does not show says so and offers the switch", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior", "endpoint-propagation");
    const notice = page.getByRole("status").filter({ hasText: "is part of the senior altitude" });
    await expect(notice).toBeVisible();
    await notice.getByRole("link", { name: "Read at senior altitude" }).click();
    await expect(page).toHaveURL(/\/capstone\/senior#endpoint-propagation$/);
    await expect(lesson.section("endpoint-propagation")).toBeInViewport();
  });

  test("the climb lists the track and its pieces and leads into the capstone", async ({ page, lesson }) => {
    await page.goto("./");
    await lesson.hydrated();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The climb");
    await expect(page.getByRole("heading", { name: "Deployment & Infra" })).toBeVisible();
    await page.getByRole("link", { name: /Capstone: a deploy is a chain/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Capstone/);
    await page.getByRole("link", { name: "Back to the climb" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The climb");
  });

  test("nothing shifts as the piece loads", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${capstone}/junior`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the prerendered piece holds its prose at each altitude", async ({ page }) => {
    await page.goto(`${capstone}/junior`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Capstone/);
    await expect(page.locator("#health-checks")).toBeVisible();
    await expect(page.locator("#surge-rounding")).toHaveCount(0);
    await page.goto(`${capstone}/senior`);
    await expect(page.locator("#endpoint-propagation")).toBeVisible();
    expect(await page.locator(".piece-body p").count()).toBeGreaterThan(10);
  });
});

test.describe("addresses that lead nowhere", () => {
  for (const address of ["no/such/page/here", "deployment-and-infra/nothing"]) {
    test(`${address} gets a not-found page with a way back`, async ({ page, lesson }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await lesson.hydrated();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nothing at this address");
      await page.getByRole("link", { name: "Go to the climb" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("The climb");
    });
  }

  // Issue 8: an altitude that does not exist falls back to junior with a notice, instead of not-found.
  test("an unknown altitude shows the piece at junior and says so, without changing the remembered altitude", async ({ page, lesson }) => {
    await lesson.open(capstone, "junior");
    await lesson.switchAltitude("senior");
    await page.goto(`${capstone}/expert`);
    await lesson.hydrated();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Capstone/);
    await expect(page.getByRole("status").filter({ hasText: "There is no altitude “expert”; showing junior." })).toBeVisible();
    await expect(lesson.altitudeSwitch().getByRole("link", { name: /^junior$/i })).toHaveAttribute("aria-current", "page");
    await expect(page).toHaveURL(/\/capstone\/expert$/);
    await page.goto(capstone);
    await lesson.hydrated();
    await expect(page).toHaveURL(/\/capstone\/senior$/);
  });

  test("a malformed altitude or section in the address never breaks the page", async ({ page, lesson }) => {
    for (const address of [`${capstone}/%3Cscript%3Ealert(1)%3C%2Fscript%3E`, `${capstone}/${"x".repeat(500)}#%E0%A4%A`, `${capstone}/junior#%ZZ`]) {
      await page.goto(address);
      await lesson.hydrated();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Capstone/);
      // Nothing from the address became a script: the only inline one is the page's own data.
      await expect(page.locator('script:not([src]):not([type="application/json"])')).toHaveCount(0);
    }
    await expect(page.getByRole("status").filter({ hasText: "This piece has no section “%ZZ”" })).toBeVisible();
  });
});

test("when the app's code cannot be fetched, the text stays and a message says what is missing", async ({ page, consoleErrors }) => {
  await page.route(/\/assets\/start-[^/]+\.js$/, (route) => route.abort("connectionfailed"));
  await page.goto(`${capstone}/junior`);
  const alert = page.getByRole("alert").filter({ hasText: "could not load" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("reload the page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Capstone: a deploy is a chain, and the outage lives in the seam");
  await expect(page.locator("#root")).not.toHaveAttribute("data-interactive");
  // The browser reports the refused fetch; nothing else may have gone wrong.
  expect(consoleErrors.every((e) => /ERR_CONNECTION_FAILED|Failed to load resource/.test(e)), consoleErrors.join("\n")).toBe(true);
  consoleErrors.length = 0;
});

test("once the app is running, the message stays hidden", async ({ page, lesson }) => {
  await lesson.open(capstone, "junior");
  await expect(page.locator(".app-failed")).toBeHidden();
});
