// Reads one piece's MDX source at build time: checks it against the content contract and
// measures it (sections, words and searchable text at each altitude). Never shipped to the browser.
import type { Heading, Root, RootContent, Table } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { componentNames, componentSpecs, type AttributeRule, type ComponentName, type ComponentSpec } from "../components";
import { leadSectionId, type SearchText, type SectionMeta } from "../outline";
import { describeValue, problemsFromZod, type ContentProblem } from "../problems";
import { frontMatterSchema, slug, type FrontMatter } from "../schema";
import { isTier, tiers, tiersOf, type Tier, type TierFilter } from "../tiers";
import type { ExerciseKind } from "../../exercises/kindNames";
import { parseYamlWithLines, type YamlWithLines } from "./yaml-lines";

export type ExerciseRef = { id: string; component: string; tiers: Tier[]; sectionId: string; line: number | undefined };

export type PieceAnalysis = {
  frontMatter: FrontMatter | null;
  sections: SectionMeta[];
  words: Record<Tier, { prose: number; code: number }>;
  searchTexts: SearchText[];
  exerciseRefs: ExerciseRef[];
  /** The section holding a <Review />, which embeds the piece's multiple-choice questions. */
  reviewSection: string | null;
  citations: Record<Tier, string[]>;
  problems: ContentProblem[];
};

export type AnalyzeContext = {
  /** Exercise ids defined beside the piece, with their kind, to check references against. */
  exercises?: ReadonlyMap<string, ExerciseKind>;
  /** Simulator scenario ids a piece may embed. */
  scenarios?: ReadonlySet<string>;
};

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type AnyNode = Root | RootContent;

const headingIdPattern = /^\s*\/\*\s*(.*?)\s*\*\/\s*$/s;
const commentPattern = /^\s*\/\*[\s\S]*\*\/\s*$/;

export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).parse(source) as Root;
}

/** The author-written id at the end of a heading (an MDX comment holding the id), or null. */
export function headingId(heading: Heading): string | null {
  const last = heading.children.at(-1);
  if (!last || last.type !== "mdxTextExpression") return null;
  const match = headingIdPattern.exec(last.value);
  return match ? (match[1] ?? "") : null;
}

export function plainText(node: AnyNode): string {
  if (node.type === "mdxTextExpression" || node.type === "mdxFlowExpression") return "";
  if ("value" in node && typeof node.value === "string" && node.type !== "yaml") return node.value;
  if ("children" in node) return (node.children as AnyNode[]).map(plainText).join("");
  return "";
}

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’._/-]*/gu);
  return m ? m.length : 0;
}

function lineOf(node: { position?: { start: { line: number } } | undefined }): number | undefined {
  return node.position?.start.line;
}

function isJsx(node: AnyNode): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

export function analyzePiece(file: string, source: string, context: AnalyzeContext = {}): PieceAnalysis {
  const problems: ContentProblem[] = [];
  const report = (field: string, got: string, expected: string, node?: { position?: { start: { line: number } } | undefined }) =>
    problems.push({ file, field, got, expected, line: node ? lineOf(node) : undefined });

  let root: Root;
  try {
    root = parseMdx(source);
  } catch (error) {
    const e = error as { message?: string; line?: number; place?: { line?: number } };
    problems.push({ file, field: "MDX syntax", got: e.message ?? String(error), expected: "valid MDX", line: e.line ?? e.place?.line });
    return { frontMatter: null, sections: [], words: emptyWords(), searchTexts: [], exerciseRefs: [], reviewSection: null, citations: { junior: [], middle: [], senior: [] }, problems };
  }

  const { frontMatter, lineAt: frontMatterLine } = readFrontMatter(file, root, problems);
  const sourceIds = new Set(frontMatter?.sources.map((s) => s.id) ?? []);
  const citedIds = new Set<string>();
  /** Each altitude's sources, in the order the text first cites them: that is how they are numbered there. */
  const citations: Record<Tier, string[]> = { junior: [], middle: [], senior: [] };

  const sections: SectionMeta[] = [];
  const seenIds = new Map<string, number | undefined>();
  const words = emptyWords();
  const texts = new Map<string, string[]>();
  const exerciseRefs: ExerciseRef[] = [];
  let reviewSection: string | null = null;
  let current: { id: string; tiers: Tier[] } = { id: leadSectionId, tiers: [...tiers] };

  const addText = (text: string, shown: Tier[], kind: "prose" | "code", node: AnyNode) => {
    const n = countWords(text);
    if (n === 0) return;
    const orphan = shown.filter((t) => !current.tiers.includes(t));
    if (orphan.length > 0) {
      report(
        `section "${current.id}"`,
        `text shown at ${orphan.join(", ")} under a heading shown only at ${current.tiers.join(", ")}`,
        "prose inside the same <Tier> as its section heading",
        node,
      );
    }
    for (const tier of shown) {
      words[tier][kind] += n;
      const key = `${current.id}\u0000${tier}`;
      const list = texts.get(key) ?? [];
      list.push(text);
      texts.set(key, list);
    }
  };

  // The altitudes the node being checked is shown at (its attributes are checked before its children).
  let shownNow: Tier[] = [...tiers];
  const checkAttributes = (el: JsxElement, name: ComponentName): Record<string, string> => {
    const spec = componentSpecs[name];
    const values: Record<string, string> = {};
    for (const attr of el.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
      if (attr.type === "mdxJsxExpressionAttribute") {
        report(`<${name}>`, "a spread attribute", "plain attributes", el);
        continue;
      }
      const rule: AttributeRule | undefined = (spec.attributes as Record<string, AttributeRule>)[attr.name];
      if (!rule) {
        const allowed = Object.keys(spec.attributes);
        report(`<${name}> attribute "${attr.name}"`, `"${attr.name}"`, allowed.length ? `one of ${allowed.join(", ")}` : "no attributes", el);
        continue;
      }
      if (typeof attr.value !== "string") {
        report(`<${name} ${attr.name}>`, attr.value === null ? "no value" : "an expression", "a quoted string", el);
        continue;
      }
      values[attr.name] = attr.value;
      checkRule(name, attr.name, attr.value, rule, el);
    }
    for (const req of spec.required) {
      if (!(req in values)) report(`<${name} ${req}>`, "nothing", `a ${req} attribute`, el);
    }
    if ("oneOf" in spec && spec.oneOf) {
      const present = spec.oneOf.filter((a) => a in values);
      if (present.length !== 1) {
        report(`<${name}>`, present.length ? `${present.join(" and ")}` : "neither", `exactly one of ${spec.oneOf.join(", ")}`, el);
      }
    }
    if (!spec.children && el.children.length > 0) report(`<${name}>`, "children", "a self-closing tag", el);
    return values;
  };

  const checkRule = (name: string, attr: string, value: string, rule: AttributeRule, el: JsxElement) => {
    const field = `<${name} ${attr}>`;
    switch (rule.kind) {
      case "tier":
        if (!isTier(value)) report(field, describeValue(value), `one of ${tiers.join(", ")}`, el);
        break;
      case "source":
        citedIds.add(value);
        for (const t of shownNow) if (!citations[t].includes(value)) citations[t].push(value);
        if (frontMatter && !sourceIds.has(value)) report(field, describeValue(value), `the id of a listed source (${[...sourceIds].join(", ") || "none listed"})`, el);
        break;
      case "exercise": {
        const kind = context.exercises?.get(value);
        if (!kind) report(field, describeValue(value), "the id of an exercise defined beside the piece", el);
        else if (!rule.exerciseKinds.includes(kind)) report(field, `an exercise of kind ${kind}`, `an exercise of kind ${rule.exerciseKinds.join(" or ")}`, el);
        break;
      }
      case "scenario":
        if (!context.scenarios?.has(value)) report(field, describeValue(value), `a simulator scenario (${[...(context.scenarios ?? [])].join(", ")})`, el);
        break;
      case "enum":
        if (!rule.values.includes(value)) report(field, describeValue(value), `one of ${rule.values.join(", ")}`, el);
        break;
      case "text":
        if (value.trim() === "") report(field, "an empty string", "some text", el);
        break;
    }
  };

  const visitTable = (table: Table, shown: Tier[]) => {
    const header = table.children[0];
    const columnTiers = (header?.children ?? []).map((cell) => {
      const only = cell.children.length === 1 ? cell.children[0] : undefined;
      if (only && isJsx(only) && only.name === "Tier") {
        const values = checkAttributes(only, "Tier");
        return tiersOf(filterOf(values)).filter((t) => shown.includes(t));
      }
      return shown;
    });
    for (const row of table.children) {
      row.children.forEach((cell, i) => {
        const cellTiers = columnTiers[i] ?? shown;
        const only = cell.children.length === 1 ? cell.children[0] : undefined;
        const children = row === header && only && isJsx(only) && only.name === "Tier" ? only.children : cell.children;
        for (const child of children) visit(child as AnyNode, cellTiers);
      });
    }
  };

  /** `top`: the node sits at the top level of the piece, or only inside <Tier> elements that do. */
  const visit = (node: AnyNode, shown: Tier[], top = false): void => {
    shownNow = shown;
    switch (node.type) {
      case "yaml":
        return;
      case "heading": {
        if (node.depth === 1) {
          report("heading", `a level-1 heading "${plainText(node)}"`, "level-2 or level-3 headings (the title comes from the front matter)", node);
          return;
        }
        const id = headingId(node);
        const title = node.children.filter((c) => c.type !== "mdxTextExpression").map((c) => plainText(c)).join("").trim();
        if (id === null) {
          report(`heading "${title}"`, "no id", "an explicit id after the heading text, as an MDX comment: {/" + "*section-id*" + "/}", node);
        } else if (!slug.safeParse(id).success) {
          report(`heading "${title}" id`, describeValue(id), "a slug: lowercase letters, digits and single hyphens", node);
        } else if (id === leadSectionId) {
          report(`heading "${title}" id`, describeValue(id), `an id other than "${leadSectionId}", which names the opening`, node);
        } else if (seenIds.has(id)) {
          report(`heading "${title}" id`, `"${id}" again (first at line ${seenIds.get(id) ?? "?"})`, "an id unique in the piece", node);
        } else {
          seenIds.set(id, lineOf(node));
        }
        const depth = node.depth === 2 ? 2 : 3;
        if (node.depth > 3) report(`heading "${title}"`, `level ${node.depth}`, "level 2 or 3", node);
        const sectionId = id ?? `line-${lineOf(node) ?? 0}`;
        sections.push({ id: sectionId, title, depth, tiers: shown });
        if (depth === 2) current = { id: sectionId, tiers: shown };
        for (const t of shown) {
          const key = `${current.id}\u0000${t}`;
          texts.set(key, [...(texts.get(key) ?? []), title]);
          words[t].prose += countWords(title);
        }
        return;
      }
      case "mdxjsEsm":
        report("import/export", describeValue(node.value.split("\n")[0]), "no imports or exports: components come from the registry", node);
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        if (!commentPattern.test(node.value)) report("expression", describeValue(`{${node.value}}`), "no JavaScript expressions in prose (comments only)", node);
        return;
      case "html":
        report("raw HTML", describeValue(node.value), "Markdown or a registry component", node);
        return;
      case "code":
        if (!node.lang) report("code block", "no language", "a language after the opening fence (yaml, sql, bash, ...)", node);
        addText(node.value, shown, "code", node);
        return;
      case "inlineCode":
        addText(node.value, shown, "prose", node);
        return;
      case "text":
        addText(node.value, shown, "prose", node);
        return;
      case "table":
        visitTable(node, shown);
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name;
        if (!name || !(componentNames as string[]).includes(name)) {
          report(
            name ? `<${name}>` : "<>",
            name ? `the tag <${name}>` : "a fragment",
            `one of the registry's components (${componentNames.join(", ")})`,
            node,
          );
          return;
        }
        const values = checkAttributes(node, name as ComponentName);
        if (name === "Review") reviewSection = current.id;
        if ((componentSpecs[name as ComponentName] as ComponentSpec).interactive && !top) {
          report(`<${name}>`, "a tag inside other content", "an interactive tag at the top level of the piece (inside <Tier> at most), where the page can hand it to the app", node);
        }
        let inner = shown;
        if (name === "Tier") {
          const filter = filterOf(values);
          inner = filter ? shown.filter((t) => tiersOf(filter).includes(t)) : shown;
          if (filter && inner.length === 0) report("<Tier>", `a Tier (${describeFilter(filter)}) inside one that never shows it`, "nested tiers that overlap", node);
        }
        const spec = componentSpecs[name as ComponentName];
        for (const [attribute, rule] of Object.entries(spec.attributes as Record<string, AttributeRule>)) {
          const id = values[attribute];
          if (rule.kind === "exercise" && id) exerciseRefs.push({ id, component: name, tiers: inner, sectionId: current.id, line: lineOf(node) });
        }
        for (const child of node.children) visit(child as AnyNode, inner, top && name === "Tier");
        return;
      }
      default:
        if ("children" in node) for (const child of node.children as AnyNode[]) visit(child, shown);
    }
  };

  for (const child of root.children) visit(child, [...tiers], true);

  for (const t of tiers) if (!sections.some((s) => s.depth === 2 && s.tiers.includes(t))) report("sections", `no section shown at ${t}`, "at least one section at every altitude", root);
  if (frontMatter) {
    for (const s of frontMatter.sources) {
      const i = frontMatter.sources.indexOf(s);
      if (!citedIds.has(s.id)) problems.push({ file, line: frontMatterLine(["sources", i]), field: `sources[${i}] "${s.id}"`, got: "a source never cited", expected: "every listed source cited with <Cite id=...> in the text" });
    }
  }
  const seenRefs = new Map<string, number | undefined>();
  for (const ref of exerciseRefs) {
    if (seenRefs.has(ref.id)) report(`<${ref.component} id>`, `"${ref.id}" again (first at line ${seenRefs.get(ref.id) ?? "?"})`, "each exercise embedded once", { position: ref.line ? { start: { line: ref.line } } : undefined });
    seenRefs.set(ref.id, ref.line);
  }

  const searchTexts: SearchText[] = [];
  for (const [key, parts] of texts) {
    const [sectionId, tier] = key.split("\u0000") as [string, Tier];
    searchTexts.push({ sectionId, tier, text: parts.join(" ").replace(/\s+/g, " ").trim() });
  }
  return { frontMatter, sections, words, searchTexts, exerciseRefs, reviewSection, citations, problems };
}

function filterOf(values: Record<string, string>): TierFilter | undefined {
  if (values.from && isTier(values.from)) return { from: values.from };
  if (values.only && isTier(values.only)) return { only: values.only };
  return undefined;
}

function describeFilter(filter: TierFilter): string {
  return "only" in filter ? `only ${filter.only}` : `from ${filter.from}`;
}

function emptyWords(): Record<Tier, { prose: number; code: number }> {
  return { junior: { prose: 0, code: 0 }, middle: { prose: 0, code: 0 }, senior: { prose: 0, code: 0 } };
}

type ReadFrontMatter = { frontMatter: FrontMatter | null; lineAt: YamlWithLines["lineAt"] };

function readFrontMatter(file: string, root: Root, problems: ContentProblem[]): ReadFrontMatter {
  const none = { frontMatter: null, lineAt: () => 1 };
  const node = root.children[0];
  if (!node || node.type !== "yaml") {
    problems.push({ file, field: "front matter", got: "nothing", expected: "a YAML block between --- lines at the top (title, crux, summary, sources)", line: 1 });
    return none;
  }
  // The YAML starts on the line after the opening ---.
  const firstLine = (lineOf(node) ?? 1) + 1;
  let read: YamlWithLines;
  try {
    read = parseYamlWithLines(node.value, firstLine);
  } catch (error) {
    const at = (error as { linePos?: [{ line: number }] }).linePos?.[0]?.line;
    problems.push({ file, field: "front matter", got: `invalid YAML (${(error as Error).message.split("\n")[0]})`, expected: "valid YAML", line: at ? at + firstLine - 1 : lineOf(node) });
    return none;
  }
  const { data, lineAt } = read;
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, "", data, parsed.error, lineAt));
    return { frontMatter: null, lineAt };
  }
  const ids = new Map<string, number>();
  parsed.data.sources.forEach((s, i) => {
    if (ids.has(s.id)) problems.push({ file, field: `sources[${i}].id`, got: `"${s.id}" again (first at sources[${ids.get(s.id)}])`, expected: "a unique source id", line: lineAt(["sources", i, "id"]) });
    ids.set(s.id, i);
  });
  return { frontMatter: parsed.data, lineAt };
}
