// The simulators as the capstone places them: the checker knows scenario ids and exercise ids; this
// checks what it cannot, the `settings` a tag sets up and what a learner meets at each altitude.
import { readFileSync } from "node:fs";
import type { Root, RootContent } from "mdast";
import type { MdxJsxAttribute } from "mdast-util-mdx-jsx";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseMdx } from "../../src/course/build/analyze";
import { keepTier } from "../../src/course/build/remark-tier";
import { tiers, type Tier } from "../../src/course/tiers";
import { applyChoices, configProblem, parseSettingsList } from "../../src/rollout/setup";
import { runScenario } from "../../src/rollout/usePlayback";
import { scenarios, type ScenarioId } from "../../src/sim";

const dir = "content/deployment-and-infra/capstone";
const source = readFileSync(`${dir}/index.mdx`, "utf8");
const exercises = parse(readFileSync(`${dir}/exercises.yaml`, "utf8")) as { id: string; kind: string; options?: { id: string; correct?: boolean }[] }[];

type Tag = { scenario: ScenarioId; predict?: string; settings?: string };

function simulatorsAt(tier: Tier): Tag[] {
  const tree = parseMdx(source);
  keepTier(tree, tier);
  const found: Tag[] = [];
  const walk = (node: Root | RootContent) => {
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Simulator") {
      const attrs = Object.fromEntries((node.attributes as MdxJsxAttribute[]).map((a) => [a.name, a.value]));
      found.push(attrs as Tag);
    }
    if ("children" in node) for (const child of node.children as RootContent[]) walk(child);
  };
  walk(tree);
  return found;
}

// Parsing the whole piece once per altitude takes a second or two; on a loaded two-core machine, more.
describe("simulators in the capstone", { timeout: 30_000 }, () => {
  it("meet the learner at every altitude, more of them further up, each scenario once per page", () => {
    const ids = (tier: Tier) => simulatorsAt(tier).map((s) => s.scenario);
    expect(ids("junior")).toEqual(["the-hook", "the-fix"]);
    expect(ids("middle")).toEqual(["the-hook", "the-fix", "liveness-on-database", "no-prestop"]);
    expect(ids("senior")).toEqual(["the-hook", "the-fix", "liveness-on-database", "no-prestop", "l4-vs-l7"]);
    for (const tier of tiers) expect(new Set(ids(tier)).size).toBe(ids(tier).length);
  });

  it("set up runs the engine accepts", () => {
    for (const tag of simulatorsAt("senior")) {
      const { choices, problems } = parseSettingsList(tag.settings ?? "");
      expect(problems, tag.scenario).toEqual([]);
      expect(configProblem(applyChoices(scenarios[tag.scenario].config, choices)), tag.scenario).toBeNull();
    }
  });

  it("ask at least two predict questions, each a single-answer question", () => {
    const asked = simulatorsAt("senior").filter((s) => s.predict);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    for (const tag of asked) expect(exercises.find((e) => e.id === tag.predict)?.kind).toBe("single");
  });

  it("run what the predict questions say happens", () => {
    const outcome = (scenario: ScenarioId) => {
      const tag = simulatorsAt("senior").find((s) => s.scenario === scenario) as Tag;
      const config = applyChoices(scenarios[scenario].config, parseSettingsList(tag.settings ?? "").choices);
      return runScenario(scenarios[scenario], config, {}, "as set up").result.summary;
    };
    const hook = outcome("the-hook");
    expect(hook.rolloutSeconds).toBeLessThan(45);
    expect(hook.errorWindowShare).toBeGreaterThan(0.25);
    expect(hook.errorWindowShare).toBeLessThan(0.35);
    const fix = outcome("the-fix");
    expect(fix.failed + fix.reset).toBe(0);
    expect(fix.rolloutSeconds).toBeGreaterThan(7 * 60);
    expect(fix.rolloutSeconds).toBeLessThan(9 * 60);
    const storm = outcome("liveness-on-database");
    expect(storm.restarts).toBe(4);
    expect((storm.lastErrorAt ?? 0) - (storm.firstErrorAt ?? 0)).toBeGreaterThan(45);
    expect((storm.lastErrorAt ?? 0) - (storm.firstErrorAt ?? 0)).toBeLessThan(75);
  });
});
