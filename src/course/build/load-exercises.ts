// Reads and checks the exercises that live beside a piece (exercises.yaml), at build time.
import { existsSync, readFileSync } from "node:fs";
import { exerciseSchema, type Exercise } from "../exercises";
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
    const unique = (field: string, ids: string[]) => {
      const at = ids.findIndex((id, i) => ids.indexOf(id) !== i);
      if (at >= 0) report(field, `"${ids[at]}" twice`, "ids unique within the exercise", [field, at, "id"]);
    };
    switch (ex.kind) {
      case "single":
      case "multiple": {
        unique("options", ex.options.map((o) => o.id));
        const right = ex.options.filter((o) => o.correct).length;
        if (ex.kind === "single" && right !== 1) report("options", `${right} correct options`, "exactly one correct option", ["options"]);
        if (ex.kind === "multiple" && right < 1) report("options", "no correct option", "at least one correct option", ["options"]);
        if (ex.kind === "multiple" && right === ex.options.length) report("options", "every option correct", "at least one wrong option", ["options"]);
        ex.options.forEach((o, i) => {
          if (!o.correct && !o.misconception) report(`options[${i}] "${o.id}" misconception`, "nothing", "the misconception this wrong option stands for", ["options", i]);
        });
        break;
      }
      case "best-fit": {
        unique("approaches", ex.approaches.map((a) => a.id));
        const best = ex.approaches.filter((a) => a.best).length;
        if (best !== 1) report("approaches", `${best} best approaches`, "exactly one best approach", ["approaches"]);
        break;
      }
      case "order":
        unique("steps", ex.steps.map((s) => s.id));
        break;
      case "recall":
        break;
    }
    exercises.push(ex);
  });
  return { exercises, problems };
}
