import { useId, useState } from "react";
import { useQuestion } from "../../lesson/LessonContext";
import { InlineText } from "../../ui/InlineText";
import { t } from "../strings";
import { AnswerActions, ExerciseFrame, useKeptInPlace, Verdict } from "../ExerciseFrame";
import { attemptsText, useGraded, type Phase } from "../lifecycle";
import type { ChoiceExercise } from "./content";
import { ChoiceList, type OptionNote } from "./ChoiceList";
import { choiceKind } from "./model";

/** A multiple-choice question with one answer (radios) or several (checkboxes). */
export function Quiz({ id }: { id: string }) {
  const question = useQuestion(id, ["single", "multiple"]);
  const graded = useGraded(question, ["single", "multiple"]);
  const { phase, record, exercise } = graded;
  const kept = useKeptInPlace<HTMLButtonElement>(record);
  const [chosen, setChosen] = useState<string[]>([]);
  const name = useId();
  const several = question.kind === "multiple";

  const selected = phase === "answering" ? chosen : phase === "revealed" && exercise ? choiceKind.solution(exercise) : (record?.latest.response ?? []);

  const toggle = (optionId: string, on: boolean) => setChosen((current) => (several ? (on ? [...current, optionId] : current.filter((c) => c !== optionId)) : [optionId]));

  return (
    <ExerciseFrame id={id} kind="quiz" label={t(several ? "exercise.quizSeveral" : "exercise.quiz")}>
      <ChoiceList
        name={name}
        options={question.options}
        several={several}
        selected={selected}
        disabled={phase !== "answering"}
        onToggle={toggle}
        noteFor={(optionId) => noteFor(optionId, phase, record?.latest.response ?? [], exercise)}
        legend={<InlineText text={question.prompt} />}
      />
      <AnswerActions
        phase={phase}
        checkRef={kept.ref}
        onCheck={() => {
          kept.hold();
          void graded.submit(chosen);
        }}
        onRetry={() => {
          setChosen([]);
          graded.retry();
        }}
        onReveal={() => void graded.reveal()}
      />
      <Verdict phase={phase} hint={graded.hint} verdictRef={graded.verdictRef}>
        {exercise && phase !== "wrong" && (
          <p>
            <InlineText text={exercise.explanation} />
          </p>
        )}
      </Verdict>
      {record && phase !== "answering" && attemptsText(record) && <p className="exercise-attempts">{attemptsText(record)}</p>}
    </ExerciseFrame>
  );
}

/**
 * After a wrong attempt, only the options the learner chose get feedback, so nothing yet tells which option
 * is right; once right, or once the answer is shown, every option is explained.
 */
function noteFor(optionId: string, phase: Phase, response: readonly string[], exercise: ChoiceExercise | null): OptionNote | null {
  if (phase === "answering" || !exercise) return null;
  const option = exercise.options.find((o) => o.id === optionId);
  if (!option) return null;
  const chosen = response.includes(optionId);
  if (phase === "wrong" && !chosen) return null;
  const body = (
    <>
      <p>
        <InlineText text={option.feedback} />
      </p>
      {!option.correct && option.misconception && <p className="misconception">{t("exercise.misconception", { text: option.misconception })}</p>}
    </>
  );
  if (phase === "revealed") return { status: t(option.correct ? "exercise.optionTheAnswer" : chosen ? "exercise.optionYourChoice" : "exercise.optionNotTheAnswer"), tone: option.correct ? "right" : chosen ? "wrong" : "neutral", body };
  if (chosen) return { status: t(option.correct ? "exercise.optionRightChosen" : "exercise.optionWrongChosen"), tone: option.correct ? "right" : "wrong", body };
  return { status: t(option.correct ? "exercise.optionAlsoRight" : "exercise.optionNotChosenWrong"), tone: option.correct ? "right" : "neutral", body };
}
