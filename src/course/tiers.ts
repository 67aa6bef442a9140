// Altitudes a piece is written at, lowest first. Prose is shown from an altitude upward or at one only.
export const tiers = ["junior", "middle", "senior"] as const;
export type Tier = (typeof tiers)[number];

export const defaultTier: Tier = "junior";

export function isTier(value: unknown): value is Tier {
  return typeof value === "string" && (tiers as readonly string[]).includes(value);
}

export function tierIndex(tier: Tier): number {
  return tiers.indexOf(tier);
}

export function nextTier(tier: Tier): Tier {
  return tiers[(tierIndex(tier) + 1) % tiers.length] as Tier;
}

/** Which altitudes a piece of prose is shown at. */
export type TierFilter = { from: Tier } | { only: Tier };

export function tiersOf(filter: TierFilter | undefined): Tier[] {
  if (!filter) return [...tiers];
  if ("only" in filter) return [filter.only];
  return tiers.filter((t) => tierIndex(t) >= tierIndex(filter.from));
}

export function shownAt(filter: TierFilter | undefined, tier: Tier): boolean {
  return tiersOf(filter).includes(tier);
}
