// Spaced repetition for recall prompts with FSRS (ts-fsrs): the learner's self-grade sets the next review.
import { createEmptyCard, fsrs, Rating, type Card } from "ts-fsrs";
import { clampCard, type SavedCard } from "../../progress/saved";
import type { Grade } from "../../progress/savedFormat";

const scheduler = fsrs({ enable_fuzz: false });

const ratings: Record<Grade, Rating.Again | Rating.Hard | Rating.Good | Rating.Easy> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** FSRS takes stability above zero and difficulty from 1 to 10; a card saved outside them (a hostile file) is brought in. */
const leastStability = 0.01;
const difficulty = { least: 1, most: 10 };

function toCard(saved: SavedCard | null, now: Date): Card {
  if (!saved) return createEmptyCard(now);
  const card = clampCard(saved);
  // A review dated after this one (a clock set forward, a hostile file) counts as made now.
  const last = card.last_review === undefined ? undefined : new Date(Math.min(card.last_review, now.getTime()));
  const stability = Math.max(leastStability, card.stability);
  const d = Math.min(difficulty.most, Math.max(difficulty.least, card.difficulty));
  return { ...card, stability, difficulty: d, due: new Date(card.due), last_review: last } as Card;
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
  // What is saved is what the reader reads back: within the schema's limits, whatever FSRS made of the card.
  return clampCard(saved);
}

export function schedule(saved: SavedCard | null, grade: Grade, now: number): SavedCard {
  const at = new Date(now);
  if (Number.isNaN(at.getTime())) throw new RangeError("The time of grading is not a valid date");
  return toSaved(scheduler.next(toCard(saved, at), at, ratings[grade]).card);
}
