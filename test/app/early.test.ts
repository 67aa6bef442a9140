// @vitest-environment jsdom
// What the learner does before an island's code is there is done once it is, also when the code draws the
// island afresh rather than taking over the markup it found.
import { describe, expect, it } from "vitest";
import { keepEarlyInput, replayEarlyInput } from "../../src/app/early";

const markup = `<fieldset><label><input type="radio" name="q" value="a"> A</label><label><input type="radio" name="q" value="b"> B</label></fieldset><button type="button">Check answer</button>`;

describe("input before an island wakes", () => {
  keepEarlyInput();

  it("a choice and a press made before the island woke reach controls the code drew again in their place", () => {
    document.body.innerHTML = `<div id="root" data-interactive><div class="island">${markup}</div></div>`;
    const island = document.querySelector<HTMLElement>(".island")!;
    island.querySelector<HTMLInputElement>('input[value="b"]')!.click();
    island.querySelector("button")!.click();

    // The code draws the island again: the nodes the learner touched are gone.
    island.innerHTML = markup;
    const heard: string[] = [];
    island.addEventListener("click", (event) => heard.push((event.target as HTMLElement).tagName === "BUTTON" ? "check" : (event.target as HTMLInputElement).value));
    replayEarlyInput(island, () => (island.dataset.awake = ""));

    expect(island.querySelector<HTMLInputElement>('input[value="b"]')!.checked).toBe(true);
    expect(heard).toEqual(["b", "check"]);
    expect(island.hasAttribute("data-awake")).toBe(true);
  });
});
