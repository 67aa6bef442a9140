import { describe, expect, it } from "vitest";
import { examples } from "../../src/sandbox/examples";
import { fragmentOf, readFragment } from "../../src/sandbox/link";
import { defaultSettings } from "../../src/sandbox/run";

describe("a sandbox in a link", () => {
  it("round-trips the manifest and the settings, compressed", () => {
    const shared = { manifest: examples.hook, settings: { ...defaultSettings, balancer: "L4" as const, requestsPerSecond: 2500 } };
    const hash = fragmentOf(shared);
    expect(hash.length).toBeLessThan(examples.hook.length);
    expect(readFragment(hash)).toEqual(shared);
  });
  it("a fragment that is not a sandbox is nothing; a damaged one says so", () => {
    expect(readFragment("#section-3")).toBeNull();
    expect(readFragment("#m=%%%not-lz")).toEqual({ broken: true });
  });
  it("settings out of range fall back to the lesson's defaults", () => {
    const hash = fragmentOf({ manifest: "x", settings: { ...defaultSettings, requestsPerSecond: 1e9 } });
    expect(readFragment(hash)).toEqual({ manifest: "x", settings: defaultSettings });
  });
});
