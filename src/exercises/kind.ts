// What each exercise kind supplies, behind one interface: the part of an exercise that ships with the text
// (its question) and the part that is its answer key (the whole exercise, fetched when it is first needed),
// how a learner's response is graded, and what a saved answer depends on. Pure: no React, no store.
import type { Tier } from "../course/tiers";

export type QuestionBase = {
  id: string;
  /** What a saved answer depends on; a saved answer whose fingerprint differs is dropped. */
  fingerprint: string;
  tier: Tier;
  /** The section that teaches it; the build adds its title, for the link to it. */
  teaches?: { piece: string; section: string; title?: string };
};

/** How a response was judged: right or wrong, and how much of it was right, for partial credit. */
export type Verdict = { correct: boolean; score: number; total: number };

/** A kind whose responses are graded by the app: the learner chooses or orders, and checks. */
export interface GradedKind<E extends { id: string; kind: string }, Q extends QuestionBase> {
  /** Learners answer, check, retry, and may ask for the answer. */
  readonly lifecycle: "graded";
  question(exercise: E): Q;
  fingerprint(exercise: E): string;
  /** Whether a response could be given to this question at all (saved data is untrusted). */
  fits(question: Q, response: readonly string[]): boolean;
  grade(exercise: E, response: readonly string[]): Verdict;
  /** The response that is right, shown when the learner asks for the answer. */
  solution(exercise: E): string[];
  /** The answer in words, for the printed answer key. */
  answerText(exercise: E): string;
}

/** A kind the learner grades themselves, scheduled for review (recall prompts). */
export interface SelfGradedKind<E extends { id: string; kind: string }, Q extends QuestionBase> {
  readonly lifecycle: "self-graded";
  question(exercise: E): Q;
  fingerprint(exercise: E): string;
  answerText(exercise: E): string;
}
