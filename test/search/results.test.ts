import { describe, expect, it } from "vitest";
import { snippet, toResults, type Hit } from "../../src/search/results";

const hit = (tier: Hit["tier"], score: number, sectionId = "health-checks"): Hit => ({
  id: `${sectionId}@${tier}`,
  track: "t",
  piece: "p",
  pieceTitle: "Piece",
  sectionId,
  sectionTitle: "Section",
  tier,
  text: "Before the probe. The readiness probe decides when a pod gets traffic.",
  score,
  terms: ["readiness"],
});

describe("search results", () => {
  it("show one result per section, at the lowest altitude that matches", () => {
    const results = toResults([hit("senior", 3), hit("junior", 2), hit("middle", 1), hit("senior", 5, "endpoint-propagation")]);
    expect(results.map((r) => [r.sectionId, r.tier])).toEqual([
      ["endpoint-propagation", "senior"],
      ["health-checks", "junior"],
    ]);
  });
  it("mark the matched words in a snippet, as text, never markup", () => {
    const parts = snippet("A <b>readiness</b> probe and Readiness again", ["readiness"]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["readiness", "Readiness"]);
    expect(parts.map((p) => p.text).join("")).toBe("A <b>readiness</b> probe and Readiness again");
  });
});
