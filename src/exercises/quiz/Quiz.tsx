import { useId, useState, type FormEvent } from "react";
import type { ChoiceOption } from "../../course/exercises";
import { exerciseWithKey, useAnswer, useLesson, useQuestion } from "../../lesson/LessonContext";
import { store } from "../../progress/store";
import { InlineText } from "../../ui/InlineText";
import { t } from "../../ui/strings";
import { AnswerActions, AttemptLine, ExerciseFrame, useKeptInPlace, useShownAnswer, Verdict } from "../ExerciseFrame";
import { correctOptionIds, gradeChoice, type OptionVerdict } from "./grade";

/** A multiple-choice question with one answer (radios) or several (checkboxes), explained option by option. */
export function Quiz({ id }: { id: string }) {
  const question = useQuestion(id, ["single", "multiple"]);
  const exercise = useAnswer(id, ["single", "multiple"]);
  const lesson = useLesson();
  const saved = useShownAnswer(id, question.fingerprint);
  const record = exercise ? saved : null;
  const kept = useKeptInPlace<HTMLButtonElement>(record);
  const [chosen, setChosen] = useState<string[]>([]);
  const [hint, setHint] = useState("");
  const name = useId();
  const several = question.kind === "multiple";

  const solution = record && exercise && record.solutionShown ? correctOptionIds(exercise) : null;
  const response = solution ?? record?.latest.response ?? chosen;
  const grade = record && exercise ? gradeChoice(exercise, response) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (record) {
      setChosen([]);
      store.getState().retry(id);
      return;
    }
    if (chosen.length === 0) {
      setHint(t("exercise.chooseFirst"));
      return;
    }
    setHint("");
    kept.hold();
    const full = await exerciseWithKey(lesson, id, ["single", "multiple"]);
    const result = gradeChoice(full, chosen);
    store.getState().recordAnswer(full, chosen, result.correct, result.score);
  };

  const toggle = (optionId: string, on: boolean) => {
    setHint("");
    setChosen((current) => (several ? (on ? [...current, optionId] : current.filter((c) => c !== optionId)) : [optionId]));
  };

  return (
    <ExerciseFrame id={id} kind="quiz" label={t(several ? "exercise.quizSeveral" : "exercise.quiz")}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="choices" disabled={!!record}>
          <legend className="exercise-prompt">
            <InlineText text={question.prompt} />
          </legend>
          {question.options.map((option) => (
            <Choice
              key={option.id}
              name={name}
              option={exercise?.options.find((o) => o.id === option.id) ?? option}
              several={several}
              checked={response.includes(option.id)}
              verdict={grade?.options.find((o) => o.id === option.id) ?? null}
              solution={!!solution}
              onChange={(on) => toggle(option.id, on)}
            />
          ))}
        </fieldset>
        <AnswerActions record={record} exercise={exercise} checkRef={kept.ref} />
      </form>
      <div className="exercise-result" role="status">
        {hint && <p>{hint}</p>}
        {record && grade && exercise && (
          <Verdict record={record}>
            <p>
              <InlineText text={exercise.explanation} />
            </p>
          </Verdict>
        )}
      </div>
      {record && <AttemptLine record={record} />}
    </ExerciseFrame>
  );
}

type ChoiceProps = {
  name: string;
  option: ChoiceOption | { id: string; text: string };
  several: boolean;
  checked: boolean;
  verdict: OptionVerdict | null;
  solution: boolean;
  onChange: (on: boolean) => void;
};

function Choice({ name, option, several, checked, verdict, solution, onChange }: ChoiceProps) {
  const feedbackId = `${name}-${option.id}-feedback`;
  const status = verdict ? verdictText(verdict, solution) : null;
  return (
    <div className={`choice${verdict ? (verdict.correct ? " choice-right" : verdict.chosen ? " choice-wrong" : "") : ""}`}>
      <label>
        <input
          type={several ? "checkbox" : "radio"}
          name={name}
          value={option.id}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={verdict ? feedbackId : undefined}
        />
        <span>
          <InlineText text={option.text} />
        </span>
      </label>
      {verdict && "feedback" in option && (
        <div className="choice-feedback" id={feedbackId}>
          <p className="choice-status">
            <span aria-hidden="true">{verdict.correct ? "✓ " : verdict.chosen ? "✗ " : "· "}</span>
            {status}
          </p>
          <p>
            <InlineText text={option.feedback} />
          </p>
          {option.misconception && <p className="misconception">{t("exercise.misconception", { text: option.misconception })}</p>}
        </div>
      )}
    </div>
  );
}

function verdictText(v: OptionVerdict, solution: boolean): string {
  if (solution) return v.correct ? t("exercise.optionRight") : t("exercise.optionWrong");
  if (v.chosen) return v.correct ? t("exercise.optionRightChosen") : t("exercise.optionWrongChosen");
  return v.correct ? t("exercise.optionRightMissed") : t("exercise.optionWrong");
}
