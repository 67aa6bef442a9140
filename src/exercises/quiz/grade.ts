// Grading a multiple-choice question: right or wrong overall, and a verdict on every option.
import type { ChoiceExercise } from "../../course/exercises";

export type OptionVerdict = {
  id: string;
  chosen: boolean;
  correct: boolean;
  /** Chose a right option, or left a wrong one alone. */
  judgedWell: boolean;
};

export type ChoiceGrade = { correct: boolean; score: number; options: OptionVerdict[] };

export function gradeChoice(exercise: ChoiceExercise, chosen: readonly string[]): ChoiceGrade {
  const options = exercise.options.map((o) => {
    const isChosen = chosen.includes(o.id);
    return { id: o.id, chosen: isChosen, correct: o.correct, judgedWell: isChosen === o.correct };
  });
  const unknown = chosen.some((id) => !exercise.options.some((o) => o.id === id));
  const correct = !unknown && options.every((o) => o.judgedWell);
  return { correct, score: options.filter((o) => o.judgedWell).length, options };
}

export function correctOptionIds(exercise: ChoiceExercise): string[] {
  return exercise.options.filter((o) => o.correct).map((o) => o.id);
}
