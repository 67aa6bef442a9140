// Recall prompts: the prompt ships with the text; the key points are the answer key.
import type { QuestionBase, SelfGradedKind } from "../kind";
import type { Recall } from "./content";

export type RecallQuestion = QuestionBase & { kind: "recall"; prompt: string };

export const recallKind: SelfGradedKind<Recall, RecallQuestion> = {
  lifecycle: "self-graded",
  question: (e) => ({ id: e.id, fingerprint: recallKind.fingerprint(e), tier: e.tier, ...(e.teaches ? { teaches: e.teaches } : {}), kind: "recall", prompt: e.prompt }),
  fingerprint: () => "recall",
  answerText: (e) => e.keyPoints.join(" · "),
};
