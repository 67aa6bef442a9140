// Where an island stands in the text: its prerendered markup, which React on the page leaves alone, and the
// island's own root, hydrated over that markup when the island comes within reach (800 px of the screen),
// when the learner touches it, or when the address points into it. What the learner did before then is
// done again once it is awake (src/app/early.ts). Code that cannot be fetched is tried again, a little
// later each time, and then the learner is told, with a way to try again; the prerendered text stays.
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { hydrateRoot, type Root } from "react-dom/client";
import type { Island } from "../course/pages";
import { decodePart } from "../course/urls";
import { onWakeRequest, replayEarlyInput } from "../app/early";
import { t } from "../ui/strings";
import { chunk } from "../ui/chunk";
import { whenNear } from "../ui/whenNear";
import { islandIdPrefix, isIslandName, islandViews } from "./islands";
import type { Lesson } from "./LessonContext";
import { Prose } from "./Prose";

function pointsInto(el: HTMLElement): boolean {
  const id = decodePart(window.location.hash.slice(1));
  return !!id && (el.id === id || !!el.querySelector(`[id="${CSS.escape(id)}"]`));
}

/** The root every island renders in (the lesson it shares), fetched with the first island's code. */
const islandRoot = chunk(() => import("./IslandRoot"));

type Props = { island: Island; index: number; html: string | null; lesson: () => Promise<Lesson> };

export function IslandHost({ island, index, html, lesson }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const el = ref.current;
    if (!el || !isIslandName(island.name)) return;
    const name = island.name;
    let stopped = false;
    let root: Root | null = null;
    let started = false;
    const wake = () => {
      if (started) return;
      started = true;
      stopWatching();
      // Each part is tried again a few times on its own (src/ui/chunk.ts) before the island counts as failed.
      void Promise.all([islandViews[name](), lesson(), islandRoot()]).then(
        ([View, value, { IslandRoot }]) => {
          if (stopped) return;
          // Right after the island's first effects, before anything else renders it.
          const awake = () => queueMicrotask(() => replayEarlyInput(el, () => (el.dataset.awake = ""), flushSync));
          // In one task, not as a transition: a field typed into while a transition hydrates it would be reset
          // to its state by React, and what was typed meanwhile lost. Each island is small enough for one task.
          root = hydrateRoot(el, <IslandRoot View={View} props={island.props} lesson={value} onAwake={awake} />, {
            identifierPrefix: islandIdPrefix(index),
            onRecoverableError: (error) => console.error(`The ${name} island did not match its prerendered markup:`, error),
          });
        },
        () => !stopped && setFailed(true),
      );
    };
    const stopWake = onWakeRequest(el, wake);
    const stopWatching = whenNear(el, wake);
    if (pointsInto(el) || new URLSearchParams(window.location.search).has("sim")) wake();
    return () => {
      stopped = true;
      stopWake();
      stopWatching();
      const unmounting = root;
      // The page is committing its own change; the island's root is taken down right after.
      if (unmounting) setTimeout(() => unmounting.unmount(), 0);
    };
  }, [island, index, lesson, attempt]);

  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((a) => a + 1);
  }, []);

  return (
    <>
      <Prose ref={ref} className="island" data-island={island.name} html={html} />
      {failed && (
        <div className="notice island-failed" role="alert">
          <p>{t(island.name === "Simulator" ? "island.simulatorFailed" : "island.failed")}</p>
          <button type="button" onClick={retry}>
            {t("island.retry")}
          </button>
        </div>
      )}
    </>
  );
}
