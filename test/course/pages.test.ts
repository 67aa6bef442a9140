import { describe, expect, it } from "vitest";
import { loadCourse } from "../../src/course/build/load-course";
import { neighbours, readingMinutes, sectionsAt } from "../../src/course/pages";
import { scenarioIds } from "../../src/sim";

const course = loadCourse("content", { scenarios: new Set(scenarioIds) });
const capstone = course.tracks[0]!.pieces.find((p) => p.slug === "capstone")!;

describe("the course as written", () => {
  it("passes every content and exercise check", () => {
    expect(course.pieces.length).toBeGreaterThanOrEqual(1);
    expect(capstone.exercises.length).toBeGreaterThanOrEqual(6);
  });

  it("reads in about the seed's 17 minutes at junior, and honestly longer deeper up", () => {
    const junior = readingMinutes(capstone, "junior");
    expect(junior).toBeGreaterThanOrEqual(14);
    expect(junior).toBeLessThanOrEqual(20);
    expect(readingMinutes(capstone, "middle")).toBeGreaterThan(junior);
    expect(readingMinutes(capstone, "senior")).toBeGreaterThan(readingMinutes(capstone, "middle"));
  });

  it("shows more sections at each altitude up", () => {
    const ids = (tier: "junior" | "middle" | "senior") => sectionsAt(capstone, tier).map((s) => s.id);
    expect(ids("junior")).toContain("the-chain");
    expect(ids("junior")).not.toContain("surge-rounding");
    expect(ids("middle")).toContain("surge-rounding");
    expect(ids("senior")).toContain("endpoint-propagation");
    expect(ids("senior").length).toBeGreaterThan(ids("middle").length);
  });

  it("knows no piece before the first", () => {
    expect(neighbours(course.tracks, { track: "deployment-and-infra", piece: "capstone" }).previous).toBeNull();
  });
});
