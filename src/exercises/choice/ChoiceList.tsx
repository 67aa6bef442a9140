// The options of a multiple-choice question, as radios (one answer) or checkboxes (several), with feedback
// under the options it is about. Shared by the quiz and the review.
import type { ReactNode } from "react";
import { InlineText } from "../../ui/InlineText";

export type OptionNote = { status: string; tone: "right" | "wrong" | "neutral"; body: ReactNode };

type Props = {
  name: string;
  options: readonly { id: string; text: string }[];
  several: boolean;
  selected: readonly string[];
  disabled: boolean;
  onToggle: (optionId: string, on: boolean) => void;
  /** What to say under an option, if anything; an option with nothing to say is left as it is. */
  noteFor: (optionId: string) => OptionNote | null;
  legend: ReactNode;
};

export function ChoiceList({ name, options, several, selected, disabled, onToggle, noteFor, legend }: Props) {
  return (
    <fieldset className="choices" disabled={disabled}>
      <legend className="exercise-prompt">{legend}</legend>
      {options.map((option) => {
        const note = noteFor(option.id);
        const noteId = `${name}-${option.id}-note`;
        return (
          <div key={option.id} className={`choice${note ? ` choice-${note.tone}` : ""}`}>
            <label>
              <input
                type={several ? "checkbox" : "radio"}
                name={name}
                value={option.id}
                checked={selected.includes(option.id)}
                onChange={(e) => onToggle(option.id, e.target.checked)}
                aria-describedby={note ? noteId : undefined}
              />
              <span>
                <InlineText text={option.text} />
              </span>
            </label>
            {note && (
              <div className="choice-feedback" id={noteId}>
                <p className="choice-status">
                  <span aria-hidden="true">{note.tone === "right" ? "✓ " : note.tone === "wrong" ? "✗ " : "· "}</span>
                  {note.status}
                </p>
                {note.body}
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
