import { describe, expect, it } from "vitest";
import { resolveFenceposts, rolloutBounds } from "../../src/sim";

describe("resolveFenceposts with the default 25% / 25% (fact 2.4)", () => {
  const table: Array<[replicas: number, maxSurge: number, maxUnavailable: number]> = [
    [1, 1, 0],
    [2, 1, 0],
    [3, 1, 0],
    [4, 1, 1],
    [5, 2, 1],
    [6, 2, 1],
    [7, 2, 1],
    [8, 2, 2],
    [10, 3, 2],
    [20, 5, 5],
  ];
  it.each(table)("%i replicas resolve to surge %i, unavailable %i", (replicas, maxSurge, maxUnavailable) => {
    expect(resolveFenceposts(replicas, "25%", "25%")).toEqual({ maxSurge, maxUnavailable });
  });
});

describe("resolveFenceposts rounding and literals", () => {
  it("rounds surge up and unavailable down", () => {
    expect(resolveFenceposts(10, "25%", "25%")).toEqual({ maxSurge: 3, maxUnavailable: 2 });
    expect(resolveFenceposts(3, "10%", "90%")).toEqual({ maxSurge: 1, maxUnavailable: 2 });
  });

  it("multiplies before dividing, so 10% of 30 is exactly 3 both ways", () => {
    expect(resolveFenceposts(30, "10%", "10%")).toEqual({ maxSurge: 3, maxUnavailable: 3 });
  });

  it("forces maxUnavailable to 1 when rounding gives 0/0 (0% and 5% of 10)", () => {
    expect(resolveFenceposts(10, "0%", "5%")).toEqual({ maxSurge: 0, maxUnavailable: 1 });
    expect(resolveFenceposts(3, "0%", "25%")).toEqual({ maxSurge: 0, maxUnavailable: 1 });
  });

  it("takes absolute numbers as they are", () => {
    expect(resolveFenceposts(4, 1, 0)).toEqual({ maxSurge: 1, maxUnavailable: 0 });
    expect(resolveFenceposts(10, 0, 1)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
    expect(resolveFenceposts(10, 4, "50%")).toEqual({ maxSurge: 4, maxUnavailable: 5 });
  });

  it("rejects 0 and 0, however they are written", () => {
    expect(() => resolveFenceposts(10, 0, 0)).toThrow(/cannot both be 0/);
    expect(() => resolveFenceposts(10, "0%", 0)).toThrow(/cannot both be 0/);
    expect(() => resolveFenceposts(10, 0, "0%")).toThrow(/cannot both be 0/);
  });

  it("rejects values Kubernetes would reject, naming the field", () => {
    expect(() => resolveFenceposts(10, "12.5%", 1)).toThrow(/strategy\.maxSurge.*"12\.5%"/);
    expect(() => resolveFenceposts(10, 1, -1)).toThrow(/strategy\.maxUnavailable/);
    expect(() => resolveFenceposts(10, 1, "150%")).toThrow(/must not exceed 100%/);
    expect(() => resolveFenceposts(10, "many" as never, 1)).toThrow(/strategy\.maxSurge/);
    expect(() => resolveFenceposts(2.5, 1, 0)).toThrow(/replicas/);
  });
});

describe("rolloutBounds", () => {
  it("gives the bounds of the worked examples (fact 2.12)", () => {
    expect(rolloutBounds(4, 1, 0)).toEqual({ maxTotal: 5, minAvailable: 4 });
    expect(rolloutBounds(4, "25%", "25%")).toEqual({ maxTotal: 5, minAvailable: 3 });
    expect(rolloutBounds(10, 1, 0)).toEqual({ maxTotal: 11, minAvailable: 10 });
    expect(rolloutBounds(10, "25%", "25%")).toEqual({ maxTotal: 13, minAvailable: 8 });
    expect(rolloutBounds(10, 0, 1)).toEqual({ maxTotal: 10, minAvailable: 9 });
  });

  it("caps maxUnavailable at replicas, as MaxUnavailable() does", () => {
    expect(rolloutBounds(3, 1, 5)).toEqual({ maxTotal: 4, minAvailable: 0 });
  });
});
