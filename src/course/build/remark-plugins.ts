// Compile-time transform for piece MDX: author-written heading ids become element ids.
import type { Heading, Root } from "mdast";
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

const keepsWhitespace = new Set(["pre", "code", "p", "li", "td", "th", "span", "strong", "em", "a"]);

type HastNode = { type: string; tagName?: string; value?: string; children?: HastNode[] };

/** Drops the newline-only text between block elements, which would otherwise ship as text nodes. */
export function rehypeDropBlockWhitespace() {
  const walk = (node: HastNode) => {
    if (!node.children) return;
    if (node.type === "element" && node.tagName && keepsWhitespace.has(node.tagName)) return;
    node.children = node.children.filter((c) => !(c.type === "text" && /^\s*$/.test(c.value ?? "")));
    node.children.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}
