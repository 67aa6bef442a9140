import { describe, expect, it } from "vitest";
import { analyzePiece } from "../../src/course/build/analyze";
import { formatProblem } from "../../src/course/problems";

const file = "content/track/piece/index.mdx";

const frontMatter = `---
title: A piece about seams
crux: Every stage can be right on its own while the release still fails where two of them meet.
summary: A short summary of what the piece covers.
sources:
  - id: probes
    title: Configure probes
    publisher: Kubernetes documentation
    url: https://kubernetes.io/docs/probes/
---
`;

const goodBody = `
Opening text <Cite id="probes" />.

## Health checks {/*health-checks*/}

Text.

<Tier from="middle">

## Surge rounding {/*surge-rounding*/}

Middle text.

</Tier>
`;

function messages(source: string): string[] {
  return analyzePiece(file, source).problems.map(formatProblem);
}

describe("the content checker", () => {
  it("accepts a well-formed piece and measures it per altitude", () => {
    const result = analyzePiece(file, frontMatter + goodBody);
    expect(result.problems).toEqual([]);
    expect(result.sections.map((s) => [s.id, s.tiers])).toEqual([
      ["health-checks", ["junior", "middle", "senior"]],
      ["surge-rounding", ["middle", "senior"]],
    ]);
    expect(result.words.middle.prose).toBeGreaterThan(result.words.junior.prose);
  });

  it("names a missing title with what it expected, at the front matter's first line", () => {
    const source = frontMatter.replace("title: A piece about seams\n", "") + goodBody;
    expect(messages(source)).toEqual([`${file}:2: title: got nothing, expected a string`]);
  });
  it("names a wrong front-matter field at its own line", () => {
    const source = frontMatter.replace("summary: A short summary of what the piece covers.", "summary: 42") + goodBody;
    expect(messages(source)).toEqual([`${file}:4: summary: got 42, expected a string`]);
  });

  it("refuses a heading without an explicit id", () => {
    const source = frontMatter + goodBody.replace(" {/*health-checks*/}", "");
    expect(messages(source)).toContainEqual(expect.stringMatching(/:14: heading "Health checks": got no id, expected an explicit id/));
  });

  it("refuses an id that is not slug-shaped", () => {
    const source = frontMatter + goodBody.replace("health-checks", "Health_Checks");
    expect(messages(source)).toContainEqual(`${file}:14: heading "Health checks" id: got "Health_Checks", expected a slug: lowercase letters, digits and single hyphens`);
  });

  it("refuses a duplicate section id, naming the first", () => {
    const source = frontMatter + goodBody.replace("surge-rounding", "health-checks");
    expect(messages(source)).toContainEqual(`${file}:20: heading "Surge rounding" id: got "health-checks" again (first at line 14), expected an id unique in the piece`);
  });

  it("refuses an altitude that does not exist", () => {
    const source = frontMatter + goodBody.replace('from="middle"', 'from="expert"');
    expect(messages(source)).toContainEqual(`${file}:18: <Tier from>: got "expert", expected one of junior, middle, senior`);
  });

  it("refuses a citation of a source that is not listed", () => {
    const source = frontMatter + goodBody.replace('<Cite id="probes" />', '<Cite id="probes" /> <Cite id="fowler" />');
    expect(messages(source)).toContainEqual(`${file}:12: <Cite id>: got "fowler", expected the id of a listed source (probes)`);
  });

  it("refuses a component that is not in the registry", () => {
    const source = frontMatter + goodBody.replace("Text.", "<Sparkles>Text.</Sparkles>");
    expect(messages(source)).toContainEqual(expect.stringMatching(/:16: <Sparkles>: got the tag <Sparkles>, expected one of the registry's components \(Tier, Callout, Cite, Recap/));
  });

  it("refuses a source URL that is not https, and a source never cited", () => {
    const source = frontMatter.replace("https://kubernetes.io/docs/probes/", "http://example.com") + goodBody;
    expect(messages(source)).toContainEqual(`${file}:9: sources[0].url: got "http://example.com", expected an https URL`);
    const uncited = frontMatter + goodBody.replace('<Cite id="probes" />', "");
    expect(messages(uncited)).toContainEqual(`${file}:6: sources[0] "probes": got a source never cited, expected every listed source cited with <Cite id=...> in the text`);
  });

  it("refuses imports, expressions and raw HTML", () => {
    const source = `${frontMatter}\nimport X from "./x"\n${goodBody}\n{1 + 1}\n`;
    const found = messages(source);
    expect(found).toContainEqual(expect.stringContaining('import/export: got "import X from \\"./x\\"", expected no imports or exports'));
    expect(found).toContainEqual(expect.stringContaining("expression: got \"{1 + 1}\", expected no JavaScript expressions in prose"));
  });

  it("refuses prose shown at an altitude where its section heading is hidden", () => {
    const source = frontMatter + goodBody + "\nStray junior prose after a middle section.\n";
    expect(messages(source)).toContainEqual(expect.stringContaining('section "surge-rounding": got text shown at junior under a heading shown only at middle, senior'));
  });

  it("refuses a Tier with both from and only, and a missing front matter", () => {
    expect(messages(frontMatter + goodBody.replace('<Tier from="middle">', '<Tier from="middle" only="senior">'))).toContainEqual(
      `${file}:18: <Tier>: got from and only, expected exactly one of from, only`,
    );
    expect(messages(goodBody)).toContainEqual(`${file}:1: front matter: got nothing, expected a YAML block between --- lines at the top (title, crux, summary, sources)`);
  });

  it("applies a table column's altitude to its cells", () => {
    const table = `\n| Stage | <Tier from="senior">Closed by</Tier> |\n|---|---|\n| Build | secretmount |\n`;
    const result = analyzePiece(file, frontMatter + goodBody.replace("Text.", `Text.\n${table}`));
    expect(result.problems).toEqual([]);
    const at = (tier: string) => result.searchTexts.find((s) => s.sectionId === "health-checks" && s.tier === tier)?.text ?? "";
    expect(at("senior")).toContain("secretmount");
    expect(at("junior")).not.toContain("secretmount");
  });
});
