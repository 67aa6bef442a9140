// The lesson a piece's islands share, made when the first of them wakes: the questions of the exercises at
// this altitude, and where their answer key comes from.
import { pieceParts } from "virtual:piece-parts";
import { pieceKey, type PiecePageData } from "../course/pages";
import type { Tier } from "../course/tiers";
import { piecePath } from "../course/urls";
import { exercises } from "../progress/exercises";
import { store } from "../progress/store";
import { chunk } from "../ui/chunk";
import { answerKeySource } from "./answerKey";
import type { Lesson } from "./LessonContext";

export async function lessonFor(page: PiecePageData): Promise<Lesson> {
  const key = pieceKey({ track: page.piece.track, piece: page.piece.slug });
  const parts = pieceParts[key]?.[page.tier];
  if (!parts) throw new Error(`No piece ${key}`);
  const questions = (await chunk(parts.questions)()).default;
  // Saved answers to exercises that have changed what can be chosen no longer fit them.
  if (store.persist.hasHydrated()) exercises.dropStale(questions);
  return {
    piece: { track: page.piece.track, slug: page.piece.slug, title: page.piece.title },
    tier: page.tier,
    hrefAt: (at: Tier, id?: string) => piecePath(page.piece, at, id),
    questions: new Map(questions.map((q) => [q.id, q])),
    answers: answerKeySource(`${key}/${page.tier}`, () => chunk(parts.key)().then((m) => m.default)),
  };
}
