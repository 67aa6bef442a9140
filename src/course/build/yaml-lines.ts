// YAML read with its line numbers, so that a problem in a front matter or an exercises file names the
// line of the field at fault, or of the nearest enclosing field that exists.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";

export type YamlWithLines = { data: unknown; lineAt: (path: readonly PropertyKey[]) => number | undefined };

/** Parses `source`; its first line is line `firstLine` of the file. Throws on invalid YAML, as `parse` does. */
export function parseYamlWithLines(source: string, firstLine = 1): YamlWithLines {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter });
  if (doc.errors.length > 0) throw doc.errors[0];
  const lineOf = (node: unknown) => (isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line + firstLine - 1 : undefined);

  // A field's line is its key's; a list item's is where the item starts.
  const lineAt = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let line = lineOf(node);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        line = lineOf(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
        if (!node) break;
        line = lineOf(node) ?? line;
      } else break;
    }
    return line;
  };
  return { data: doc.toJS(), lineAt };
}
