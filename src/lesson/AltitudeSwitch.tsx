import { useState, type MouseEvent } from "react";
import { tiers, tierIndex, type Tier } from "../course/tiers";
import { AppLink } from "../ui/AppLink";
import { t, tierName } from "../ui/strings";

type Props = { tier: Tier; hrefFor: (tier: Tier) => string; onSwitch?: (tier: Tier) => void };

/** The altitude switch, drawn as a climb from zero: every step up to the current one is filled. */
export function AltitudeSwitch({ tier, hrefFor, onSwitch }: Props) {
  // The text of the new altitude renders in a transition (the router's), which on a slow phone takes a few
  // hundred milliseconds; the switch itself shows the learner's choice in the very next frame.
  const [chosen, setChosen] = useState<Tier | null>(null);
  const [shownFor, setShownFor] = useState(tier);
  if (shownFor !== tier) {
    setShownFor(tier);
    setChosen(null);
  }
  const shown = chosen ?? tier;
  const current = tierIndex(shown);
  const choose = (step: Tier) => (event: MouseEvent) => {
    // A click that opens the link elsewhere (a new tab, a new window) leaves this page as it is.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    setChosen(step);
    onSwitch?.(step);
  };
  return (
    <nav className="altitude" aria-labelledby="altitude-label" data-switching={shown !== tier ? "" : undefined}>
      <p id="altitude-label" className="altitude-label">
        {t("tier.label")}
      </p>
      <ol className="altitude-steps">
        {/* Where the climb starts: drawn as the ground, not as a step to choose. */}
        <li className="altitude-step altitude-origin reached" aria-hidden="true">
          <span className="altitude-dot" />
          <span className="altitude-name">{t("tier.zero")}</span>
        </li>
        {tiers.map((step, i) => (
          <li key={step} className={`altitude-step${i <= current ? " reached" : ""}`}>
            <AppLink to={hrefFor(step)} aria-current={step === shown ? "page" : undefined} onClick={choose(step)} className="altitude-link">
              <span className="altitude-dot" aria-hidden="true" />
              <span className="altitude-name">{tierName(step)}</span>
            </AppLink>
          </li>
        ))}
      </ol>
      <p className="altitude-current">{t("tier.current", { tier: tierName(shown).toLowerCase(), note: t(`tier.${shown}.note`) })}</p>
    </nav>
  );
}
