"use client";

import type { PresentedQuestion } from "@/core/quiz/present";
import type { QuestionResponse } from "@/core/quiz/types";
import { MultipleChoiceInput, TrueFalseInput } from "./choice-inputs";
import { TimelineInput } from "./order-input";
import { ListRecallInput, MatchingInput, TypedInput } from "./text-inputs";

interface Props {
  id: string;
  question: PresentedQuestion;
  value: QuestionResponse | null;
  /** `saveNow` for discrete choices; typed text is saved when the field loses focus. */
  onChange: (response: QuestionResponse, saveNow: boolean) => void;
  onCommit: () => void;
}

export function QuestionInput({ id, question, value, onChange, onCommit }: Props) {
  switch (question.type) {
    case "multipleChoice":
      return <MultipleChoiceInput id={id} question={question} value={value?.type === "multipleChoice" ? value : null} onChange={(r) => onChange(r, true)} />;
    case "trueFalse":
      return <TrueFalseInput id={id} question={question} value={value?.type === "trueFalse" ? value : null} onChange={(r) => onChange(r, true)} />;
    case "timeline":
      return <TimelineInput question={question} value={value?.type === "timeline" ? value : null} onChange={(r) => onChange(r, true)} />;
    case "matching":
      return <MatchingInput id={id} question={question} value={value?.type === "matching" ? value : null} onChange={(r) => onChange(r, true)} />;
    case "listRecall":
      return (
        <ListRecallInput id={id} question={question} value={value?.type === "listRecall" ? value : null} onChange={(r) => onChange(r, false)} onCommit={onCommit} />
      );
    case "typed":
      return <TypedInput id={id} question={question} value={value?.type === "typed" ? value : null} onChange={(r) => onChange(r, false)} onCommit={onCommit} />;
  }
}
