// Edits to a manifest's text that touch only the lines they change, so that a fix reads as a small
// diff and the learner's comments, order and quoting survive. Uses the source ranges yaml keeps.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode, type YAMLMap } from "yaml";

export type FieldPath = readonly (string | number)[];

/** One change: set a scalar, or add a key with a block of YAML under a map (created if missing). */
export type ManifestEdit =
  | { kind: "set"; path: FieldPath; value: string }
  | { kind: "add"; path: FieldPath; key: string; block: string[]; after?: readonly string[] };

function nodeAt(root: YamlNode | null, path: FieldPath): YamlNode | null {
  let node: YamlNode | null = root;
  for (const step of path) {
    if (node === null) return null;
    if (typeof step === "number") {
      node = isSeq(node) ? ((node.items[step] as YamlNode | undefined) ?? null) : null;
    } else if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
      node = (pair?.value as YamlNode | null | undefined) ?? null;
    } else {
      return null;
    }
  }
  return node;
}

/**
 * Where a node's text really ends: a block collection's range runs on to the next key (or past a
 * `---`), so this follows its last item down to a scalar or a flow collection, whose ranges are exact.
 */
function lastEnd(node: YamlNode): number | undefined {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items.at(-1);
    if (isMap(node)) {
      const pair = last as YAMLMap["items"][number];
      const value = pair.value as YamlNode | null;
      return value ? lastEnd(value) : (pair.key as YamlNode | null)?.range?.[1];
    }
    return lastEnd(last as YamlNode);
  }
  return node.range?.[1];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function nextLineStart(text: string, offset: number): number {
  const end = text.indexOf("\n", offset);
  return end === -1 ? text.length : end + 1;
}

/** Applies one edit to the document at `documentIndex`; returns null when the path is not there to edit. */
export function applyEdit(text: string, documentIndex: number, edit: ManifestEdit): string | null {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines });
  if (!Array.isArray(docs)) return null;
  const doc = docs[documentIndex];
  if (!doc || doc.errors.length > 0) return null;
  const root = doc.contents as YamlNode | null;
  if (edit.kind === "set") {
    const node = nodeAt(root, edit.path);
    if (!node || !isScalar(node) || !node.range) return null;
    return text.slice(0, node.range[0]) + edit.value + text.slice(node.range[1]);
  }
  // Walk down to the deepest map that exists, and add the missing keys as nested blocks under it.
  let depth = edit.path.length;
  let map: YamlNode | null = nodeAt(root, edit.path);
  while ((map === null || !isMap(map)) && depth > 0) {
    depth -= 1;
    map = nodeAt(root, edit.path.slice(0, depth));
  }
  if (map === null || !isMap(map) || map.flow || map.items.length === 0) return null;
  const missing = edit.path.slice(depth);
  if (missing.some((step) => typeof step === "number")) return null;
  const block: string[] = [`${edit.key}:`, ...edit.block.map((l) => `  ${l}`)];
  let nested = block;
  for (const step of [...missing].reverse()) nested = [`${String(step)}:`, ...nested.map((l) => `  ${l}`)];
  return insertInto(text, lines, map, nested, edit.after ?? []);
}

function insertInto(text: string, lines: LineCounter, map: YAMLMap, block: string[], after: readonly string[]): string | null {
  const first = map.items[0]?.key as YamlNode | undefined;
  if (!first?.range) return null;
  const indent = " ".repeat(lines.linePos(first.range[0]).col - 1);
  const anchor = [...map.items].reverse().find((p) => isScalar(p.key) && after.includes(String(p.key.value))) ?? map.items.at(-1);
  const value = anchor?.value as YamlNode | null | undefined;
  const key = anchor?.key as YamlNode | undefined;
  const end = (value && lastEnd(value)) ?? key?.range?.[1];
  if (end === undefined) return null;
  // After the line that holds the anchor's last character.
  const at = nextLineStart(text, Math.max(lineStart(text, end), end - 1));
  const insertion = block.map((l) => `${indent}${l}\n`).join("");
  const before = text.slice(0, at);
  return (before.endsWith("\n") || before === "" ? before : `${before}\n`) + insertion + text.slice(at);
}
