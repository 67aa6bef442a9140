// What the content says is right, read from the exercises files, so that a test can pick a right or a wrong
// answer by its text and check what the page gives away.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

type Option = { id: string; text: string; correct?: boolean; feedback: string; misconception?: string };
type Approach = { id: string; title: string; best?: boolean; cost: string; payoff: string };
type Entry = { id: string; kind: string; explanation?: string; why?: string; rule?: string; options?: Option[]; approaches?: Approach[]; keyPoints?: string[]; steps?: { id: string; label: string }[] };

const files = ["content/deployment-and-infra/capstone/exercises.yaml", "content/deployment-and-infra/review/exercises.yaml"];
const all = files.flatMap((f) => parse(readFileSync(f, "utf8")) as Entry[]);

export function keyOf(id: string): Entry {
  const entry = all.find((e) => e.id === id);
  if (!entry) throw new Error(`No exercise ${id} in the content`);
  return entry;
}

/** Inline `code` marks are shown as code, without the backticks. */
export const shown = (text: string) => text.replace(/`/g, "");
