// The <Simulator> tag: a slot that costs the page almost nothing. It prerenders the scenario's title,
// the author's line on what to try, the predict question, and a placeholder of the player's exact
// size; the player (with the engine) loads when the slot comes within 800 px of the screen, when the
// learner asks, or when a link sets this simulator up.
import { Suspense, useEffect, useRef, useState } from "react";
import { lazyPart } from "../app/lazyPart";
import { Quiz } from "../exercises/choice/Quiz";
import { useLesson } from "../lesson/LessonContext";
import { Prose } from "../lesson/Prose";
import { whenNear } from "../ui/whenNear";
import type { ScenarioId } from "../sim/scenarios";
import { t } from "../exercises/strings";
import { scenarioTitles } from "./catalog";
import { sandboxPath } from "../course/urls";
import { AppLink } from "../ui/AppLink";

const Player = lazyPart(() => import("./Player"), () => t("sim.loadFailed"), (m) => m.default);

/** `line`: the author's line on what to watch or try, as the build rendered it. */
type Props = { scenario: ScenarioId; predict?: string; settings?: string; line?: string };

export function Simulator({ scenario, predict, settings, line }: Props) {
  const { tier } = useLesson();
  const id = `sim-${scenario}`;
  const box = useRef<HTMLDivElement>(null);
  // 1: near the screen or linked; 2: asked for with the button, so the player takes focus.
  const [load, setLoad] = useState(0);
  const [link, setLink] = useState<string | null>(null);

  // Reads the address after hydration, so that the first render is the prerendered one.
  useEffect(() => {
    if (new URLSearchParams(location.search).get("sim") === scenario) {
      setLink(location.search);
      setLoad(1);
    } else if (box.current) {
      return whenNear(box.current, () => setLoad((l) => l || 1));
    }
  }, [scenario]);

  const placeholder = (
    <div className="sim-box sim-placeholder" ref={box}>
      <p>{t("sim.placeholder")}</p>
      <p className="sim-no-script">{t("sim.noScript")}</p>
      <button type="button" onClick={() => setLoad(2)}>
        {t("sim.load")}
      </button>
    </div>
  );
  return (
    <section className="sim" id={id} aria-labelledby={`${id}-title`}>
      <p className="sim-label">{t("sim.label")}</p>
      <p className="sim-title" id={`${id}-title`}>
        {scenarioTitles[scenario]}
      </p>
      {line && <Prose className="sim-line" html={line} />}
      {predict && <Quiz id={predict} />}
      <p className="sim-sandbox">
        <AppLink to={sandboxPath}>{t("sim.sandbox")}</AppLink>
      </p>
      {load ? (
        <Suspense fallback={placeholder}>
          <Player key={tier} scenario={scenario} predict={predict} settings={settings} link={link} focus={load > 1} />
        </Suspense>
      ) : (
        placeholder
      )}
    </section>
  );
}
