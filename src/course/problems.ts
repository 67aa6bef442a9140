// A content problem names the file, the field, what it got and what it expected.
import type { z } from "zod";

export type ContentProblem = {
  file: string;
  field: string;
  got: string;
  expected: string;
  line?: number | undefined;
};

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ContentError";
  }
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.field}: got ${p.got}, expected ${p.expected}`;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

export function fieldName(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || "(root)";
}

/**
 * Turns zod issues into content problems, reading the offending value from the data itself; `lineAt`
 * gives the line of a path in the file, when the data was read with its lines.
 */
export function problemsFromZod(
  file: string,
  prefix: string,
  data: unknown,
  error: z.ZodError,
  lineAt: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const line = lineAt(path);
    if (issue.code === "unrecognized_keys") {
      return { file, line, field: fieldName(prefix, path), got: `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`, expected: "only the documented fields" };
    }
    return { file, line, field: fieldName(prefix, path), got: describeValue(valueAt(data, path)), expected: expectedFrom(issue) };
  });
}

function expectedFrom(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return issue.expected === "array" ? "a list" : issue.expected === "object" ? "an object" : `a ${issue.expected}`;
  return issue.message;
}
