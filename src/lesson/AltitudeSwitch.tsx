import { Link } from "react-router";
import { tiers, tierIndex, type Tier } from "../course";
import { t, tierName } from "../ui/strings";

type Props = { tier: Tier; hrefFor: (tier: Tier) => string; onSwitch?: (tier: Tier) => void };

/** The altitude switch, drawn as a climb from zero: every step up to the current one is filled. */
export function AltitudeSwitch({ tier, hrefFor, onSwitch }: Props) {
  const current = tierIndex(tier);
  return (
    <nav className="altitude" aria-labelledby="altitude-label">
      <p id="altitude-label" className="altitude-label">
        {t("tier.label")}
      </p>
      <ol className="altitude-steps">
        <li className="altitude-step reached" aria-hidden="true">
          <span className="altitude-dot" />
          <span className="altitude-name">{t("tier.zero")}</span>
        </li>
        {tiers.map((step, i) => (
          <li key={step} className={`altitude-step${i <= current ? " reached" : ""}`}>
            <Link
              to={hrefFor(step)}
              aria-current={step === tier ? "page" : undefined}
              onClick={() => onSwitch?.(step)}
              className="altitude-link"
            >
              <span className="altitude-dot" aria-hidden="true" />
              <span className="altitude-name">{tierName(step)}</span>
            </Link>
          </li>
        ))}
      </ol>
      <p className="altitude-current">{t("tier.current", { tier: tierName(tier).toLowerCase(), note: t(`tier.${tier}.note`) })}</p>
    </nav>
  );
}
