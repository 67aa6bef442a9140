// What the learner does before the code behind it has loaded is kept, and done once it has. The page's own
// controls wait for the page to become interactive (#root[data-interactive]); an island's (an exercise, a
// simulator) wait for that island (.island[data-awake]). A click on a button is held; a choice of a radio
// button or a checkbox is kept as the learner made it; keys pressed on a control (picking a step up with
// Space, moving it with the arrows) are pressed again; touching or focusing an island wakes it at once.
// Installed by the entry script, before anything else, so nothing is lost.

type Kept = ({ checked?: boolean } | { key: KeyboardEventInit }) & {
  control: HTMLElement;
  /** Its place among the region's controls: the control to act on if the code drew the region afresh. */
  place: number;
};

const controls = "button, input[type=radio], input[type=checkbox], [tabindex]";
const placeOf = (region: Element, control: Element) => [...region.querySelectorAll(controls)].indexOf(control);
/** The control the learner acted on, or the one at its place if the code has drawn the region again. */
const stillThere = (region: Element, { control, place }: Kept): HTMLElement | null =>
  control.isConnected ? control : (region.querySelectorAll<HTMLElement>(controls)[place] ?? null);

const typing = (el: Element) => el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !["radio", "checkbox", "button"].includes(el.type));

const kept = new Map<Element, Kept[]>();
/** Text typed into fields before their code was there, the latest of each. */
const typed = new Map<HTMLTextAreaElement | HTMLInputElement, string>();
const wakers = new Map<Element, () => void>();
const wanted = new Set<Element>();

const root = () => document.getElementById("root");

/** True while this module presses something again itself: that is not the learner acting. */
let replaying = false;

/** The part of the page whose code has not taken over yet, if `node` is in one. */
function asleep(node: EventTarget | null): HTMLElement | null {
  if (replaying || !(node instanceof Element)) return null;
  const island = node.closest<HTMLElement>(".island");
  if (island) return island.hasAttribute("data-awake") ? null : island;
  const page = root();
  return page && !page.hasAttribute("data-interactive") && page.contains(node) ? page : null;
}

function wake(region: Element) {
  const waker = wakers.get(region);
  if (waker) waker();
  else wanted.add(region);
}

export function keepEarlyInput(): void {
  document.addEventListener(
    "click",
    (event) => {
      const control = event.target instanceof Element ? event.target.closest<HTMLElement>("button, input[type=radio], input[type=checkbox]") : null;
      const region = asleep(control);
      if (!control || !region) return;
      const input = control instanceof HTMLInputElement ? control : null;
      // A button does nothing yet: it is pressed again once its code is there. A choice stays made. Neither
      // reaches code that is taking the island over right now: it is handed over, in order, once it has.
      if (!input) event.preventDefault();
      event.stopPropagation();
      const list = kept.get(region) ?? [];
      const place = placeOf(region, control);
      list.push(input ? { control, place, checked: input.checked } : { control, place });
      kept.set(region, list);
      if (region !== root()) wake(region);
    },
    true,
  );
  document.addEventListener(
    "keydown",
    (event) => {
      const control = event.target instanceof HTMLElement ? event.target : null;
      const region = asleep(control);
      // Keys on a field do what they do natively (typing, choosing a radio button); they are not pressed again.
      if (!control || !region || region === root() || control instanceof HTMLInputElement || typing(control) || event.repeat) return;
      // The arrows would scroll the page instead of moving what they will move once the island is awake.
      if (event.key.startsWith("Arrow")) event.preventDefault();
      event.stopPropagation();
      const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
      const list = kept.get(region) ?? [];
      list.push({ control, place: placeOf(region, control), key: { key, code, shiftKey, ctrlKey, altKey, metaKey, bubbles: true, cancelable: true } });
      kept.set(region, list);
      wake(region);
    },
    true,
  );
  // Typing works without the code; what was typed is noted, for the code may set the field back while it
  // takes the island over, and handed to it once it is awake.
  document.addEventListener(
    "input",
    (event) => {
      const field = event.target;
      if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) || !typing(field)) return;
      const region = asleep(field);
      if (!region || region === root()) return;
      typed.set(field, field.value);
      // Not heard by code that has drawn the field but is not awake: it would set the field back.
      event.stopPropagation();
    },
    true,
  );
  for (const type of ["pointerdown", "focusin"] as const) {
    document.addEventListener(
      type,
      (event) => {
        const region = asleep(event.target);
        if (region && region !== root()) wake(region);
      },
      { capture: true, passive: true },
    );
  }
}

/** Calls `then` when the learner touches, focuses or clicks in `region`, now if they already did. */
export function onWakeRequest(region: Element, then: () => void): () => void {
  wakers.set(region, then);
  if (wanted.delete(region)) queueMicrotask(then);
  return () => {
    if (wakers.get(region) === then) wakers.delete(region);
  };
}

/** Text typed into a field before its code was there, handed to the code as if typed now. */
function giveBackTyping(region: Element) {
  for (const [field, value] of [...typed]) {
    if (!region.contains(field)) continue;
    typed.delete(field);
    // The code hears of a change only from the value it last noted, which may be the typed text (it took
    // the field over with it) or nothing (it set the field back): the field is set back through the code's
    // own setter, then to the text, so that either way the code hears the text arrive.
    field.value = field.defaultValue;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value")?.set?.call(field, value);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

/**
 * Does what was held for `region`, now that its code is there, then marks it awake (`mark`): text typed is
 * handed over, choices are made again through the code (so it hears of them), keys are pressed and buttons
 * clicked, in the order the learner acted. `flush` makes the code take in each one before the next (React's
 * flushSync), so the whole queue is done at once, before anything else can change the island.
 */
export function replayEarlyInput(region: Element, mark: () => void, flush: (work: () => void) => void = (work) => work()): void {
  replaying = true;
  try {
    if (region !== root()) flush(() => giveBackTyping(region));
  } finally {
    replaying = false;
  }
  for (let next = kept.get(region)?.shift(); next; next = kept.get(region)?.shift()) {
    const kept = next;
    const control = stillThere(region, kept);
    if (!control) continue;
    replaying = true;
    try {
      flush(() => {
        if ("key" in kept) control.dispatchEvent(new KeyboardEvent("keydown", kept.key));
        else {
          // The choice is already on screen; setting it back first lets the click tell the code about it.
          if (control instanceof HTMLInputElement && kept.checked !== undefined) control.checked = !kept.checked;
          control.click();
        }
      });
    } finally {
      replaying = false;
    }
  }
  kept.delete(region);
  mark();
}
