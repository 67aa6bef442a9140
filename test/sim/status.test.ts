import { describe, expect, it } from "vitest";
import { rolloutStatusText } from "../../src/sim";

describe("rolloutStatusText phrases the status as kubectl rollout status does", () => {
  it.each([
    [{ kind: "waiting-for-updated", updated: 1, replicas: 4 }, 'Waiting for deployment "web" rollout to finish: 1 out of 4 new replicas have been updated...'],
    [{ kind: "waiting-for-old-termination", old: 2 }, 'Waiting for deployment "web" rollout to finish: 2 old replicas are pending termination...'],
    [{ kind: "waiting-for-available", available: 3, updated: 4 }, 'Waiting for deployment "web" rollout to finish: 3 of 4 updated replicas are available...'],
    [{ kind: "done" }, 'deployment "web" successfully rolled out'],
    [{ kind: "deadline-exceeded", updated: 1, available: 4, replicas: 4 }, 'error: deployment "web" exceeded its progress deadline'],
  ] as const)("%o", (status, text) => {
    expect(rolloutStatusText(status)).toBe(text);
  });

  it("uses the deployment name it is given", () => {
    expect(rolloutStatusText({ kind: "done" }, "checkout")).toBe('deployment "checkout" successfully rolled out');
  });
});
