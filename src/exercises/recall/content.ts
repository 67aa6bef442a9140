// A recall prompt: the learner explains from memory, then compares with the key points and grades themselves.
import { z } from "zod";
import { commonFields, text } from "../common";

export const recallSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("recall"),
  prompt: text,
  keyPoints: z.array(text).min(1, { message: "at least one key point" }),
});

export type Recall = z.infer<typeof recallSchema>;
