// Compile-time transforms for piece MDX: author-written heading ids and table columns shown from an altitude.
import type { Heading, Root, Table } from "mdast";
import type { MdxJsxAttribute } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { headingId } from "./analyze";

/** A heading ending in an MDX comment that holds an id gets that id; the checker has already refused missing or bad ids. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, "heading", (node: Heading) => {
      const id = headingId(node);
      if (id === null) return;
      node.children = node.children.slice(0, -1);
      const last = node.children.at(-1);
      if (last?.type === "text") last.value = last.value.trimEnd();
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    });
  };
}

/**
 * A table column whose header cell is wrapped in `<Tier from="middle">` is shown only from that altitude:
 * every cell of the column carries the filter as data attributes, which the registry's cell reads.
 */
export function remarkTableTiers() {
  return (tree: Root) => {
    visit(tree, "table", (table: Table) => {
      const header = table.children[0];
      if (!header) return;
      header.children.forEach((cell, column) => {
        const only = cell.children.length === 1 ? cell.children[0] : undefined;
        if (!only || only.type !== "mdxJsxTextElement" || only.name !== "Tier") return;
        const props: Record<string, string> = {};
        for (const attr of only.attributes as MdxJsxAttribute[]) {
          if (typeof attr.value === "string") props[`data-tier-${attr.name}`] = attr.value;
        }
        cell.children = only.children as typeof cell.children;
        for (const row of table.children) {
          const target = row.children[column];
          if (target) target.data = { ...target.data, hProperties: { ...(target.data?.hProperties ?? {}), ...props } };
        }
      });
    });
  };
}
