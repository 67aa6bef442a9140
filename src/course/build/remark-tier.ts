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
