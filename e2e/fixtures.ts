// Browser-test fixtures in the lesson's words: open a piece at an altitude, switch altitude, audit a page.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Locator, type Page } from "@playwright/test";

export const capstone = "deployment-and-infra/capstone";

export type Altitude = "junior" | "middle" | "senior";

export class Lesson {
  constructor(readonly page: Page) {}

  async open(piece: string, altitude?: Altitude, section?: string) {
    await this.page.goto(`${piece}${altitude ? `/${altitude}` : ""}${section ? `#${section}` : ""}`);
    await this.hydrated();
  }

  /**
   * Waits until the app has taken over the prerendered page and its effects have run (src/app/start.tsx).
   * The exercises and simulators wake on their own as they come near the screen; what a test does to one
   * before then is kept and done once it is awake (src/app/early.ts).
   */
  async hydrated() {
    await this.page.locator("#root[data-interactive]").waitFor({ state: "attached" });
  }

  /** Waits until an exercise or simulator has woken: its code has taken over its prerendered markup. */
  async awake(box: Locator) {
    await box.locator("xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' island ')][1]").and(this.page.locator("[data-awake]")).waitFor({ state: "attached" });
  }

  altitudeSwitch() {
    return this.page.getByRole("navigation", { name: "Your altitude" });
  }

  async switchAltitude(altitude: Altitude) {
    await this.altitudeSwitch().getByRole("link", { name: new RegExp(`^${altitude}$`, "i") }).click();
    await expect(this.altitudeSwitch().getByRole("link", { name: new RegExp(`^${altitude}$`, "i") })).toHaveAttribute("aria-current", "page");
    // The switch answers at once; the text of the new altitude follows.
    await expect(this.page.locator(`article.piece[data-tier="${altitude}"]`)).toBeAttached();
  }

  readingTime() {
    return this.page.getByText(/min read at this altitude/);
  }

  exercise(id: string) {
    return this.page.locator(`#exercise-${id}`);
  }

  /** Scrolls to an exercise as a reader would, and waits for it to wake (with its saved answer shown, if any). */
  async reach(id: string) {
    const box = this.exercise(id);
    await box.scrollIntoViewIfNeeded();
    await this.awake(box);
    return box;
  }

  /** Picks an option of a quiz or best-fit exercise (the first, unless `pick` says), checks it and waits for the verdict. */
  async answer(id: string, pick: (box: Locator) => Locator = (box) => box.getByRole("radio").first()) {
    const box = this.exercise(id);
    await pick(box).check();
    await box.getByRole("button", { name: "Check answer" }).click();
    await expect(box.getByRole("status")).toContainText(/Right\.|Not quite\./);
    return box;
  }

  /** Writes an answer to a recall prompt, reveals the key points, ticks the first and grades it; waits for the next review. */
  async recall(id: string, text: string, grade: "Again" | "Hard" | "Good" | "Easy" = "Good") {
    const box = this.exercise(id);
    await box.getByRole("textbox").fill(text);
    await box.getByRole("button", { name: "Reveal the key points" }).click();
    await box.getByRole("checkbox").first().check();
    await box.getByRole("button", { name: grade }).click();
    await expect(box.getByRole("status")).toContainText("Next review");
    return box;
  }

  section(id: string) {
    return this.page.locator(`[id="${id}"]`);
  }
}

export async function expectNoAxeViolations(page: Page, context = "") {
  // axe over the senior capstone (about 7,000 words, five simulators) took 29 s on a loaded two-core machine.
  base.info().setTimeout(base.info().timeout + 60_000);
  // Text far from the screen is not laid out until the reader nears it (content-visibility, src/lesson/lesson.css),
  // and axe finds the colour behind text by hit-testing, which passes through text that is not laid out. So the
  // whole text is laid out first, the way the app does before it puts a reader somewhere: the colours are the same.
  await page.evaluate(async () => {
    for (const block of document.querySelectorAll<HTMLElement>(".piece-body > .prose")) block.dataset.laidOut = "";
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(summary, `axe violations ${context}`).toEqual([]);
}

type Fixtures = { lesson: Lesson; consoleErrors: string[] };

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // A not-found page is served with status 404 on purpose; Chromium reports that as a console error.
        if (message.text().includes("status of 404") && message.location().url === page.url()) return;
        if (message.type() === "error" || (message.type() === "warning" && /hydrat/i.test(message.text()))) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
  lesson: async ({ page }, use) => {
    await use(new Lesson(page));
  },
});

export { expect };
