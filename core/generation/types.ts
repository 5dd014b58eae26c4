// The contract between the generator and the rest of Kioku. Everything here is plain data, so
// a generated deck can be printed as JSON, stored, and compared byte for byte.

import type { DateParts } from "./fact-types";

/** A sentence of the article's plain text; `start`/`end` are UTF-16 offsets into `text` of the article. */
export interface Sentence {
  /** 0-based position in the article, stable for the same input. */
  id: number;
  start: number;
  end: number;
  text: string;
}

export const CARD_KINDS = [
  "dateToEvent",
  "eventToDate",
  "personToAction",
  "actionToPerson",
  "listRecall",
  "figure",
  "term",
  "cloze",
  "timeline",
  "basic",
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export interface GeneratedCard {
  /** Stable and unique within the deck ([a-z0-9-]+), so re-generation updates instead of duplicating. */
  key: string;
  kind: CardKind;
  prompt: string;
  answer: string;
  /** Why the answer is right, in the article's words or a short gloss. */
  explanation: string;
  /** Ids of the sentences that state the answer; never empty. */
  sourceSentenceIds: number[];
  /**
   * The fact the card asks: the two directions of one fact (and the quiz questions about it)
   * share it, so study can keep them apart as siblings.
   */
  factId?: string;
  /** How sure the generator is that the card is true and reads well, from 0 to 1. */
  confidence?: number;
  /** Why the card is doubtful, when its confidence is below DOUBT_THRESHOLD: the preview leaves it unticked. */
  doubt?: string;
}

/** Cards below this confidence are proposed unticked, with their reason. */
export const DOUBT_THRESHOLD = 0.65;


export type QuestionType = "multipleChoice" | "trueFalse" | "timeline" | "matching" | "listRecall" | "typed";

interface QuestionBase {
  /** Stable and unique within the deck ([a-z0-9-]+), derived from the question's content. */
  key: string;
  prompt: string;
  /** Why the answer is right, in the article's words. */
  explanation: string;
  /** Ids of the sentences the answer rests on; never empty. */
  sourceSentenceIds: number[];
  /** The fact asked (GeneratedCard.factId). */
  factId?: string;
}

/** Four options; the distractors are facts of the same type from the same article. */
export interface MultipleChoiceQuestion extends QuestionBase {
  type: "multipleChoice";
  options: string[];
  correctIndex: number;
}

export interface TrueFalseQuestion extends QuestionBase {
  type: "trueFalse";
  statement: string;
  answer: boolean;
}

export interface TimelineItem {
  id: string;
  label: string;
  date: DateAnswer;
}

/** Items are listed in a fixed shuffled order; `order` holds their ids oldest first. */
export interface TimelineQuestion extends QuestionBase {
  type: "timeline";
  items: TimelineItem[];
  order: string[];
}

/** `right[pairs[i]]` belongs to `left[i]`. */
export interface MatchingQuestion extends QuestionBase {
  type: "matching";
  left: string[];
  right: string[];
  pairs: number[];
}

export interface ListRecallQuestion extends QuestionBase {
  type: "listRecall";
  items: string[];
  /** Whether the order of the items matters when grading. */
  ordered: boolean;
}

export interface DateAnswer {
  kind: "date";
  /** As printed: "June 1999" (never "1 June 1999" when the day was not stated). */
  value: string;
  /** EDTF: "1999-06", "1999-08-26", "1999-21/1999-23". */
  iso: string;
  parts: DateParts;
  accepted: string[];
}

export interface TextAnswer {
  kind: "text";
  value: string;
  accepted: string[];
}

export type TypedAnswer = DateAnswer | TextAnswer;

export interface TypedQuestion extends QuestionBase {
  type: "typed";
  answer: TypedAnswer;
}

export type QuizQuestion =
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | TimelineQuestion
  | MatchingQuestion
  | ListRecallQuestion
  | TypedQuestion;
