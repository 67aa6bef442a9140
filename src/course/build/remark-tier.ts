// Compiles a piece for one altitude: prose marked for other altitudes is left out of the module,
// and prose marked for this one is unwrapped, so each altitude ships only its own text.
import type { Parent, Root, RootContent, Table } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { isTier, shownAt, type Tier, type TierFilter } from "../tiers";

function filterOf(node: MdxJsxFlowElement | MdxJsxTextElement): TierFilter | undefined {
  const attr = (name: string) => (node.attributes as MdxJsxAttribute[]).find((a) => a.type === "mdxJsxAttribute" && a.name === name)?.value;
  const from = attr("from");
  const only = attr("only");
  if (typeof only === "string" && isTier(only)) return { only };
  if (typeof from === "string" && isTier(from)) return { from };
  return undefined;
}

function isTierElement(node: RootContent): node is MdxJsxFlowElement | MdxJsxTextElement {
  return (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Tier";
}

function pruneTable(table: Table, tier: Tier) {
  const header = table.children[0];
  if (!header) return;
  const drop = new Set<number>();
  header.children.forEach((cell, column) => {
    const only = cell.children.length === 1 ? cell.children[0] : undefined;
    if (!only || !isTierElement(only as RootContent)) return;
    const el = only as MdxJsxTextElement;
    if (shownAt(filterOf(el), tier)) cell.children = el.children as typeof cell.children;
    else drop.add(column);
  });
  if (drop.size === 0) return;
  table.align = (table.align ?? []).filter((_, i) => !drop.has(i));
  for (const row of table.children) row.children = row.children.filter((_, i) => !drop.has(i));
}

export function keepTier(tree: Root, tier: Tier): void {
  const walk = (parent: Parent) => {
    const out: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === "table") pruneTable(child, tier);
      if (isTierElement(child)) {
        if (!shownAt(filterOf(child), tier)) continue;
        walk(child);
        out.push(...(child.children as RootContent[]));
        continue;
      }
      if ("children" in child) walk(child as Parent);
      out.push(child);
    }
    parent.children = out as Parent["children"];
  };
  walk(tree);
}

export function remarkKeepTier(options: { tier: Tier }) {
  return (tree: Root) => keepTier(tree, options.tier);
}

/** Words of prose before the piece is split: enough to fill the first screens on any device. */
export const headWords = 700;

function words(node: RootContent): number {
  if ("value" in node && typeof node.value === "string") return node.value.split(/\s+/).filter(Boolean).length;
  if ("children" in node) return (node.children as RootContent[]).reduce((n, c) => n + words(c), 0);
  return 0;
}

/**
 * Where a piece splits into the part that hydrates first and the rest: at the first section heading
 * (level 2) after `headWords` words of the altitude's text. Returns the index of that heading among the
 * top-level nodes, or the node count when the piece is short.
 */
export function splitIndex(tree: Root): number {
  let count = 0;
  for (let i = 0; i < tree.children.length; i++) {
    const node = tree.children[i] as RootContent;
    if (node.type === "yaml") continue;
    if (count >= headWords && node.type === "heading" && node.depth === 2) return i;
    count += words(node);
  }
  return tree.children.length;
}

export function remarkKeepPart(options: { part: "head" | "rest" }) {
  return (tree: Root) => {
    const at = splitIndex(tree);
    const frontMatter = tree.children.filter((c) => c.type === "yaml");
    const body = tree.children.filter((c) => c.type !== "yaml");
    const cut = at - frontMatter.length;
    tree.children = options.part === "head" ? [...frontMatter, ...body.slice(0, cut)] : body.slice(cut);
  };
}

/** The exercise ids a tree embeds (any attribute called id or predict on a tag), and "Review" for a review. */
export function embeddedExercises(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: RootContent | Root) => {
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Review") found.push("Review");
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name !== "Tier") {
      for (const a of node.attributes as MdxJsxAttribute[]) {
        if (a.type === "mdxJsxAttribute" && (a.name === "id" || a.name === "predict") && typeof a.value === "string") found.push(a.value);
      }
    }
    if ("children" in node) for (const c of node.children as RootContent[]) walk(c);
  };
  walk(tree);
  return found;
}
