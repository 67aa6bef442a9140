// Spaced repetition for recall prompts with FSRS (ts-fsrs): the learner's self-grade sets the next review.
import { createEmptyCard, fsrs, Rating, type Card } from "ts-fsrs";
import type { SavedCard } from "../../progress/saved";
import type { Grade } from "../../progress/savedFormat";

const scheduler = fsrs({ enable_fuzz: false });

const ratings: Record<Grade, Rating.Again | Rating.Hard | Rating.Good | Rating.Easy> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

function toCard(saved: SavedCard | null, now: Date): Card {
  if (!saved) return createEmptyCard(now);
  return { ...saved, due: new Date(saved.due), last_review: saved.last_review === undefined ? undefined : new Date(saved.last_review) } as Card;
}

function toSaved(card: Card): SavedCard {
  const saved: SavedCard = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) saved.last_review = card.last_review.getTime();
  return saved;
}

export function schedule(saved: SavedCard | null, grade: Grade, now: number): SavedCard {
  const at = new Date(now);
  return toSaved(scheduler.next(toCard(saved, at), at, ratings[grade]).card);
}
