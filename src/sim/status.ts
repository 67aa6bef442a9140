// `kubectl rollout status` for a Deployment: the checks in its order (kubectl's
// rollout_status.go) and the exact lines it prints.

import type { RolloutStatus } from "./types";

export interface DeploymentCounts {
  /** spec.replicas */
  replicas: number;
  /** status.updatedReplicas: non-terminating pods of the new ReplicaSet. */
  updated: number;
  /** status.replicas: non-terminating pods of every ReplicaSet. */
  total: number;
  /** status.availableReplicas */
  available: number;
}

/** What kubectl would report for these counts, in kubectl's order of checks. */
export function rolloutStatusOf(counts: DeploymentCounts, deadlineExceeded: boolean): RolloutStatus {
  if (deadlineExceeded) {
    return { kind: "deadline-exceeded", updated: counts.updated, available: counts.available, replicas: counts.replicas };
  }
  if (counts.updated < counts.replicas) {
    return { kind: "waiting-for-updated", updated: counts.updated, replicas: counts.replicas };
  }
  if (counts.total > counts.updated) return { kind: "waiting-for-old-termination", old: counts.total - counts.updated };
  if (counts.available < counts.updated) {
    return { kind: "waiting-for-available", available: counts.available, updated: counts.updated };
  }
  return { kind: "done" };
}

/** Phrases a status exactly as `kubectl rollout status deployment/<name>` prints it. */
export function rolloutStatusText(status: RolloutStatus, deploymentName = "web"): string {
  const name = JSON.stringify(deploymentName);
  const waiting = `Waiting for deployment ${name} rollout to finish:`;
  switch (status.kind) {
    case "waiting-for-updated":
      return `${waiting} ${status.updated} out of ${status.replicas} new replicas have been updated...`;
    case "waiting-for-old-termination":
      return `${waiting} ${status.old} old replicas are pending termination...`;
    case "waiting-for-available":
      return `${waiting} ${status.available} of ${status.updated} updated replicas are available...`;
    case "deadline-exceeded":
      return `error: deployment ${name} exceeded its progress deadline`;
    // Before the new template is applied kubectl reports on the current revision, which is rolled out.
    case "not-started":
    case "done":
      return `deployment ${name} successfully rolled out`;
  }
}
