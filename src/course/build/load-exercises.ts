// Reads and checks the exercises that live beside a piece (exercises.yaml), at build time.
import { existsSync, readFileSync } from "node:fs";
import { checkExercise, exerciseSchema } from "../../exercises/content";
import type { Exercise } from "../../exercises/kinds";
import { describeValue, problemsFromZod, type ContentProblem } from "../problems";
import { parseYamlWithLines, type YamlWithLines } from "./yaml-lines";

export const exercisesFileName = "exercises.yaml";

export function loadExercises(file: string, displayName: string, sourceIds: ReadonlySet<string> | null): { exercises: Exercise[]; problems: ContentProblem[] } {
  if (!existsSync(file)) return { exercises: [], problems: [] };
  return checkExercises(displayName, readFileSync(file, "utf8"), sourceIds);
}

export function checkExercises(file: string, source: string, sourceIds: ReadonlySet<string> | null): { exercises: Exercise[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  let read: YamlWithLines;
  try {
    read = parseYamlWithLines(source);
  } catch (error) {
    const line = (error as { linePos?: [{ line: number }] }).linePos?.[0]?.line;
    return { exercises: [], problems: [{ file, line, field: "(file)", got: `invalid YAML (${(error as Error).message.split("\n")[0]})`, expected: "valid YAML" }] };
  }
  const { data, lineAt } = read;
  if (!Array.isArray(data)) {
    return { exercises: [], problems: [{ file, field: "(file)", got: describeValue(data), expected: "a list of exercises" }] };
  }
  const exercises: Exercise[] = [];
  const seen = new Map<string, number>();
  data.forEach((raw: unknown, index) => {
    const rawId = raw && typeof raw === "object" && "id" in raw ? String((raw as { id: unknown }).id) : `#${index + 1}`;
    const label = `exercise "${rawId}"`;
    const parsed = exerciseSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...problemsFromZod(file, label, raw, parsed.error, (path) => lineAt([index, ...path])));
      return;
    }
    const ex = parsed.data;
    const report = (field: string, got: string, expected: string, path: PropertyKey[] = []) =>
      problems.push({ file, line: lineAt([index, ...path]), field: `${label} ${field}`, got, expected });
    if (seen.has(ex.id)) report("id", `"${ex.id}" again (first at exercise #${(seen.get(ex.id) ?? 0) + 1})`, "an id unique in the piece", ["id"]);
    seen.set(ex.id, index);
    if (ex.source && sourceIds && !sourceIds.has(ex.source)) report("source", describeValue(ex.source), `the id of a source listed by the piece (${[...sourceIds].join(", ")})`, ["source"]);
    checkExercise(ex, report);
    exercises.push(ex);
  });
  return { exercises, problems };
}
