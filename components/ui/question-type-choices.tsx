import type { Dispatch, ReactNode, SetStateAction } from "react";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType } from "@/core/quiz/types";

/**
 * The question types a quiz may use, each with how many questions of it the deck has: a type
 * the deck has none of cannot be ticked. Used by the deck's quiz builder and by the class's
 * assign-a-quiz form, so both say the same.
 */
export function QuestionTypeChoices({
  counts,
  chosen,
  onChosenChange,
  children,
}: {
  counts: Record<QuestionType, number>;
  chosen: readonly QuestionType[];
  onChosenChange: Dispatch<SetStateAction<QuestionType[]>>;
  /** Shown under the choices: the form's error about them, if any. */
  children?: ReactNode;
}) {
  return (
    <fieldset className="field">
      <legend>Question types</legend>
      {QUESTION_TYPES.map((type) => (
        <label key={type} className="choice">
          <input
            type="checkbox"
            name="types"
            value={type}
            checked={chosen.includes(type)}
            disabled={counts[type] === 0}
            onChange={(event) => onChosenChange((previous) => (event.target.checked ? [...previous, type] : previous.filter((t) => t !== type)))}
          />
          {QUESTION_TYPE_LABELS[type]} <span className="muted">({counts[type]} available)</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}
