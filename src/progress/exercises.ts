// What the exercises do to the learner's store: answering (graded through the exercise's kind, never on a
// view's word), retrying, showing the answer, working orders, recall attempts and their schedule, and the
// review's attempts. Written as actions outside the store (zustand's pattern for them), so that they ship
// with the exercises that use them rather than with every page.
import type { Verdict } from "../exercises/kind";
import type { GradedExercise, Question } from "../exercises/kinds";
import { sameMembers } from "../exercises/shuffle";
import type { AnswerRecord, RecallRecord, ReviewAttempt, SavedCard } from "./saved";
import type { Grade } from "./savedFormat";
import { chunk } from "../ui/chunk";
import { store as appStore, type ProgressState } from "./store";

/** Grading, fetched with the first check; a check whose code cannot be fetched fails, and its view says so. */
const kinds = chunk(() => import("../exercises/kinds"));

type Store = { getState: () => ProgressState; setState: (change: (s: ProgressState) => Partial<ProgressState>) => void };

function emptyRecall(now: number): RecallRecord {
  return { draft: "", revealed: false, checked: [], card: null, reviews: [], lastAttempt: null, updatedAt: now };
}

export function exerciseProgress(store: Store) {
  const set = store.setState;
  const updateRecall = (id: string, now: number, change: (r: RecallRecord) => Partial<RecallRecord>) =>
    set((s) => {
      const current = (Object.hasOwn(s.recall, id) ? s.recall[id] : undefined) ?? emptyRecall(now);
      return { recall: { ...s.recall, [id]: { ...current, ...change(current), updatedAt: now } } };
    });

  return {
    /**
     * Grades a response through the exercise's kind and records it: the first attempt is kept, the latest
     * replaces the one before. The exercise is its answer key.
     */
    async answer(exercise: GradedExercise, response: string[], now = Date.now()): Promise<Verdict> {
      const { exerciseFingerprint, gradedKind } = await kinds();
      const verdict = gradedKind(exercise).grade(exercise, response);
      const attempt = { response, correct: verdict.correct, score: verdict.score, at: now };
      set((s) => {
        const fingerprint = exerciseFingerprint(exercise);
        const previous = Object.hasOwn(s.answers, exercise.id) ? s.answers[exercise.id] : undefined;
        const keep = previous && previous.fingerprint === fingerprint ? previous : null;
        const record: AnswerRecord = {
          kind: exercise.kind,
          fingerprint,
          first: keep?.first ?? attempt,
          latest: attempt,
          attempts: (keep?.attempts ?? 0) + 1,
          rightAt: keep?.rightAt ?? (verdict.correct ? now : null),
          revealedAt: keep?.revealedAt ?? null,
          retrying: false,
          updatedAt: now,
        };
        return { answers: { ...s.answers, [exercise.id]: record } };
      });
      return verdict;
    },

    /** Shows the answer, on the learner's request after a wrong attempt. */
    async reveal(exercise: GradedExercise, now = Date.now()): Promise<void> {
      const { exerciseFingerprint } = await kinds();
      set((s) => {
        const previous = Object.hasOwn(s.answers, exercise.id) ? s.answers[exercise.id] : undefined;
        if (!previous || previous.fingerprint !== exerciseFingerprint(exercise)) return {};
        return { answers: { ...s.answers, [exercise.id]: { ...previous, revealedAt: previous.revealedAt ?? now, retrying: false, updatedAt: now } } };
      });
    },

    /** Clears the choice so the learner can answer again; the attempts made stay recorded. */
    retry(exerciseId: string, now = Date.now()): void {
      set((s) => {
        const previous = Object.hasOwn(s.answers, exerciseId) ? s.answers[exerciseId] : undefined;
        if (!previous) return {};
        return { answers: { ...s.answers, [exerciseId]: { ...previous, retrying: true, updatedAt: now } } };
      });
    },

    setOrderDraft(exerciseId: string, order: string[], now = Date.now()): void {
      set((s) => ({ orderDrafts: { ...s.orderDrafts, [exerciseId]: { order, updatedAt: now } } }));
    },

    setRecallDraft: (id: string, draft: string, now = Date.now()) => updateRecall(id, now, () => ({ draft })),
    revealRecall: (id: string, revealed: boolean, now = Date.now()) => updateRecall(id, now, () => ({ revealed })),
    toggleKeyPoint: (id: string, index: number, now = Date.now()) =>
      updateRecall(id, now, (r) => ({ checked: r.checked.includes(index) ? r.checked.filter((i) => i !== index) : [...r.checked, index].sort((a, b) => a - b) })),
    /** The graded attempt is kept as the last one; the next attempt starts blank, with the key points hidden. */
    gradeRecall: (id: string, grade: Grade, card: SavedCard, now = Date.now()) =>
      updateRecall(id, now, (r) => ({
        card,
        reviews: [...r.reviews, { at: now, grade }].slice(-500),
        lastAttempt: { text: r.draft, checked: r.checked, grade, at: now },
        draft: "",
        revealed: false,
        checked: [],
      })),

    saveReview(piece: string, attempt: ReviewAttempt): void {
      set((s) => ({ reviews: { ...s.reviews, [piece]: attempt } }));
    },

    /** Grades a review question through its kind and records it in the piece's attempt. */
    async answerReview(piece: string, exercise: GradedExercise, chosen: string[], now = Date.now()): Promise<Verdict | null> {
      const { gradedKind } = await kinds();
      const attempt = Object.hasOwn(store.getState().reviews, piece) ? store.getState().reviews[piece] : undefined;
      if (!attempt || !attempt.questionIds.includes(exercise.id) || attempt.answers[exercise.id]) return null;
      const verdict = gradedKind(exercise).grade(exercise, chosen);
      const answers = { ...attempt.answers, [exercise.id]: { chosen, correct: verdict.correct } };
      set((s) => ({ reviews: { ...s.reviews, [piece]: { ...attempt, answers, updatedAt: now } } }));
      return verdict;
    },

    /** Drops saved answers, and working orders, whose exercise changed what can be chosen. */
    dropStale(questions: readonly Question[]): void {
      const { answers, orderDrafts } = store.getState();
      const stale = questions.filter((q) => Object.hasOwn(answers, q.id) && answers[q.id]?.fingerprint !== q.fingerprint).map((q) => q.id);
      const staleDrafts = questions
        .filter((q) => q.kind === "order" && Object.hasOwn(orderDrafts, q.id) && !sameMembers(orderDrafts[q.id]?.order ?? [], q.steps.map((st) => st.id)))
        .map((q) => q.id);
      if (stale.length === 0 && staleDrafts.length === 0) return;
      set((s) => ({
        answers: Object.fromEntries(Object.entries(s.answers).filter(([k]) => !stale.includes(k))),
        orderDrafts: Object.fromEntries(Object.entries(s.orderDrafts).filter(([k]) => !staleDrafts.includes(k))),
      }));
    },
  };
}

/** The exercises' actions on the app's one store. */
export const exercises = exerciseProgress(appStore);
