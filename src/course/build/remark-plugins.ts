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
