import type { StatedDate } from "./date-match";

/** The question types Kioku quizzes ask. */
export const QUESTION_TYPES = ["multipleChoice", "trueFalse", "timeline", "matching", "listRecall", "typed"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  multipleChoice: "Multiple choice",
  trueFalse: "True or false",
  timeline: "Timeline ordering",
  matching: "Matching",
  listRecall: "List recall",
  typed: "Typed answer",
};

/** What a question asks and its answer key, as stored for a deck. */
export type QuestionSpec =
  | { type: "multipleChoice"; prompt: string; options: string[]; correctIndex: number }
  | { type: "trueFalse"; prompt: string; statement: string; isTrue: boolean; correction?: string }
  /** `items` in the right order; the quiz shows them shuffled. */
  | { type: "timeline"; prompt: string; items: { label: string; date: string }[] }
  | { type: "matching"; prompt: string; pairs: { left: string; right: string }[] }
  | { type: "listRecall"; prompt: string; items: string[] }
  | { type: "typed"; prompt: string; answer: string; accepted: string[]; date?: StatedDate };

/** A student's answer to a question, by type. Indexes refer to the order the spec lists things in. */
export type QuestionResponse =
  | { type: "multipleChoice"; choice: number }
  | { type: "trueFalse"; value: boolean }
  /** Indexes into `items`, in the order the student put them. */
  | { type: "timeline"; order: number[] }
  /** For each left item (by index), the index of the right item the student chose, or -1. */
  | { type: "matching"; choices: number[] }
  | { type: "listRecall"; items: string[] }
  | { type: "typed"; text: string };

export interface Grade {
  /** 0-1, with partial credit for ordering, matching and lists. */
  score: number;
  correct: boolean;
  /** The right answer in words, for the results page. */
  expected: string;
  /** The student's answer in words. */
  given: string;
}
