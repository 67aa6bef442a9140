// maxSurge / maxUnavailable as the Deployment controller resolves them (fact sheet 2.2–2.5):
// percentages of replicas, surge rounded up, unavailable rounded down, and never both 0.

import type { IntOrPercent } from "./types";

export interface Fenceposts {
  maxSurge: number;
  maxUnavailable: number;
}

export interface RolloutBounds {
  /** replicas + maxSurge: the most non-terminating pods the controller will have. */
  maxTotal: number;
  /** replicas − maxUnavailable: the fewest available pods it will allow. */
  minAvailable: number;
}

type Parsed = { kind: "absolute"; value: number } | { kind: "percent"; value: number };

const PERCENT = /^(\d+)%$/;

function parse(field: string, raw: IntOrPercent): Parsed {
  if (typeof raw === "number") {
    if (!Number.isInteger(raw) || raw < 0) {
      throw new RangeError(`${field} must be a whole number ≥ 0 or a percentage like "25%" (got ${String(raw)})`);
    }
    return { kind: "absolute", value: raw };
  }
  // Kubernetes accepts only whole percentages; "12.5%" is a validation error there too.
  const match = PERCENT.exec(String(raw));
  if (match === null || match[1] === undefined) {
    throw new RangeError(`${field} must be a whole number ≥ 0 or a percentage like "25%" (got ${JSON.stringify(raw)})`);
  }
  return { kind: "percent", value: Number(match[1]) };
}

// Multiply before dividing, as GetScaledValueFromIntOrPercent does, so 10% of 30 is exactly 3.
function scaled(value: Parsed, replicas: number, roundUp: boolean): number {
  if (value.kind === "absolute") return value.value;
  const exact = (value.value * replicas) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

function checkReplicas(replicas: number): void {
  if (!Number.isInteger(replicas) || replicas < 0) {
    throw new RangeError(`replicas must be a whole number ≥ 0 (got ${String(replicas)})`);
  }
}

/** Resolves the two strategy fields to pod counts, rejecting what the API server rejects. */
export function resolveFenceposts(
  replicas: number,
  maxSurge: IntOrPercent,
  maxUnavailable: IntOrPercent,
): Fenceposts {
  checkReplicas(replicas);
  const surge = parse("strategy.maxSurge", maxSurge);
  const unavailable = parse("strategy.maxUnavailable", maxUnavailable);
  if (unavailable.kind === "percent" && unavailable.value > 100) {
    throw new RangeError(`strategy.maxUnavailable must not exceed 100% (got "${unavailable.value}%")`);
  }
  if (surge.value === 0 && unavailable.value === 0) {
    throw new RangeError(
      `strategy.maxSurge and strategy.maxUnavailable cannot both be 0 (got ${JSON.stringify(maxSurge)} and ` +
        `${JSON.stringify(maxUnavailable)}): the rollout could never replace a pod, and Kubernetes rejects it`,
    );
  }
  const resolvedSurge = scaled(surge, replicas, true);
  const resolvedUnavailable = scaled(unavailable, replicas, false);
  // Rounding can still land on 0/0 (0% and 5% of 10); the controller then allows one unavailable
  // pod, "on the theory that surge might not work due to quota".
  if (resolvedSurge === 0 && resolvedUnavailable === 0) return { maxSurge: 0, maxUnavailable: 1 };
  return { maxSurge: resolvedSurge, maxUnavailable: resolvedUnavailable };
}

/** The two limits a rolling update keeps to: at most `maxTotal` pods, at least `minAvailable` available. */
export function rolloutBounds(
  replicas: number,
  maxSurge: IntOrPercent,
  maxUnavailable: IntOrPercent,
): RolloutBounds {
  const fenceposts = resolveFenceposts(replicas, maxSurge, maxUnavailable);
  // MaxUnavailable() in deployment_util.go caps the value at replicas.
  const unavailable = Math.min(fenceposts.maxUnavailable, replicas);
  return { maxTotal: replicas + fenceposts.maxSurge, minAvailable: replicas - unavailable };
}
