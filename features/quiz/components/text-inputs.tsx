"use client";

import type { PresentedQuestion } from "@/core/quiz/present";
import type { QuestionResponse } from "@/core/quiz/types";

export function MatchingInput({
  id,
  question,
  value,
  onChange,
}: {
  id: string;
  question: Extract<PresentedQuestion, { type: "matching" }>;
  value: Extract<QuestionResponse, { type: "matching" }> | null;
  onChange: (response: Extract<QuestionResponse, { type: "matching" }>) => void;
}) {
  const choices = question.left.map((_, i) => value?.choices[i] ?? -1);
  return (
    <div className="matching">
      {question.left.map((left, i) => (
        <div key={i} className="field">
          <label htmlFor={`m-${id}-${i}`}>{left}</label>
          <select
            id={`m-${id}-${i}`}
            value={choices[i]}
            onChange={(event) => {
              const next = [...choices];
              next[i] = Number(event.target.value);
              onChange({ type: "matching", choices: next });
            }}
          >
            <option value={-1}>Choose…</option>
            {question.right.map((right) => (
              <option key={right.index} value={right.index}>
                {right.label}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

export function ListRecallInput({
  id,
  question,
  value,
  onChange,
  onCommit,
}: {
  id: string;
  question: Extract<PresentedQuestion, { type: "listRecall" }>;
  value: Extract<QuestionResponse, { type: "listRecall" }> | null;
  onChange: (response: Extract<QuestionResponse, { type: "listRecall" }>) => void;
  onCommit: () => void;
}) {
  const items = Array.from({ length: question.count }, (_, i) => value?.items[i] ?? "");
  return (
    <div className="stack-tight">
      <p className="muted small">Any order; small typos are forgiven.</p>
      {items.map((item, i) => (
        <div key={i} className="field">
          <label htmlFor={`l-${id}-${i}`}>Item {i + 1}</label>
          <input
            id={`l-${id}-${i}`}
            type="text"
            autoComplete="off"
            maxLength={500}
            value={item}
            onBlur={onCommit}
            onChange={(event) => {
              const next = [...items];
              next[i] = event.target.value;
              onChange({ type: "listRecall", items: next });
            }}
          />
        </div>
      ))}
    </div>
  );
}

export function TypedInput({
  id,
  question,
  value,
  onChange,
  onCommit,
}: {
  id: string;
  question: Extract<PresentedQuestion, { type: "typed" }>;
  value: Extract<QuestionResponse, { type: "typed" }> | null;
  onChange: (response: Extract<QuestionResponse, { type: "typed" }>) => void;
  onCommit: () => void;
}) {
  return (
    <div className="field">
      <label htmlFor={`t-${id}`}>Your answer</label>
      <input
        id={`t-${id}`}
        type="text"
        autoComplete="off"
        maxLength={500}
        value={value?.text ?? ""}
        placeholder={question.expectsDate ? "e.g. 26 August 2004, August 26, 2004 or 2004-08-26" : ""}
        onBlur={onCommit}
        onChange={(event) => onChange({ type: "typed", text: event.target.value })}
      />
    </div>
  );
}
