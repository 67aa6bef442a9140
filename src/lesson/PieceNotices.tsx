// The notices a piece's address can call for, fetched only when one is due: the address pins another
// altitude than the learner's, names an altitude that does not exist, or points at a section this altitude
// does not show (or that the piece does not have).
import type { PiecePageData } from "../course/pages";
import { findSection, lowestTierShowing } from "../course/pages";
import type { Tier } from "../course/tiers";
import { piecePath } from "../course/urls";
import { store } from "../progress/store";
import { AppLink } from "../ui/AppLink";
import { tierName } from "../ui/strings";
import { t } from "./noticeStrings";

/** An address pinned to another altitude than the learner's: says so, with a way back and a way to make it theirs. */
export function PinnedNotice({ page, preferred, hash }: { page: PiecePageData; preferred: Tier; hash: string }) {
  return (
    <div className="notice notice-altitude" role="status">
      <p>{t("tier.pinned", { tier: tierName(page.tier).toLowerCase(), chosen: tierName(preferred).toLowerCase() })}</p>
      <p className="notice-actions">
        <AppLink to={`${piecePath(page.piece, preferred)}${hash}`} className="button">
          {t("tier.backToChosen", { tier: tierName(preferred).toLowerCase() })}
        </AppLink>
        <button type="button" onClick={() => store.getState().chooseTier(page.tier)}>
          {t("tier.makeMine", { tier: tierName(page.tier).toLowerCase() })}
        </button>
      </p>
    </div>
  );
}

/** Says which altitude the address asked for and which one is shown instead. The text comes from the address, so it is cut short. */
export function UnknownTierNotice({ given, tier }: { given: string; tier: Tier }) {
  const altitude = given.length > 40 ? `${given.slice(0, 40)}…` : given;
  return (
    <div className="notice" role="status">
      <p>{t("url.unknownTier", { altitude, tier: tierName(tier).toLowerCase() })}</p>
    </div>
  );
}

/** A link to a section this altitude does not show: says so and offers the switch; or that there is no such section. */
export function SectionNotice({ page, id }: { page: PiecePageData; id: string }) {
  const section = findSection(page, id);
  if (!section) {
    return (
      <div className="notice" role="status">
        <p>{t("section.unknown", { id: id.length > 60 ? `${id.slice(0, 60)}…` : id })}</p>
      </div>
    );
  }
  const target = lowestTierShowing(section);
  return (
    <div className="notice" role="status">
      <p>{t("section.notAtTier", { title: section.title, target: tierName(target).toLowerCase(), tier: tierName(page.tier).toLowerCase() })}</p>
      <AppLink to={piecePath(page.piece, target, section.id)} className="button">
        {t("section.switchTo", { target: tierName(target).toLowerCase() })}
      </AppLink>
    </div>
  );
}
