"use client";

import type { PresentedQuestion } from "@/core/quiz/present";
import type { QuestionResponse } from "@/core/quiz/types";

type Props<T extends PresentedQuestion["type"]> = {
  id: string;
  question: Extract<PresentedQuestion, { type: T }>;
  value: Extract<QuestionResponse, { type: T }> | null;
  onChange: (response: Extract<QuestionResponse, { type: T }>) => void;
};

/** Options as a radio group: arrow keys move within it, and 1-4 pick directly (handled by the runner). */
export function MultipleChoiceInput({ id, question, value, onChange }: Props<"multipleChoice">) {
  return (
    <fieldset className="options">
      <legend className="visually-hidden">Choose one answer</legend>
      {question.options.map((option, index) => (
        <label key={index} className={`option${value?.choice === index ? " selected" : ""}`}>
          <input type="radio" name={`q-${id}`} checked={value?.choice === index} onChange={() => onChange({ type: "multipleChoice", choice: index })} />
          <kbd aria-hidden="true">{index + 1}</kbd> {option}
        </label>
      ))}
    </fieldset>
  );
}

export function TrueFalseInput({ id, question, value, onChange }: Props<"trueFalse">) {
  return (
    <fieldset className="options">
      <legend className="statement">{question.statement}</legend>
      {[true, false].map((option, index) => (
        <label key={String(option)} className={`option${value?.value === option ? " selected" : ""}`}>
          <input type="radio" name={`q-${id}`} checked={value?.value === option} onChange={() => onChange({ type: "trueFalse", value: option })} />
          <kbd aria-hidden="true">{index + 1}</kbd> {option ? "True" : "False"}
        </label>
      ))}
    </fieldset>
  );
}
