// The contract between the generator and the rest of Kioku. Everything here is plain data, so
// a generated deck can be printed as JSON, stored, and compared byte for byte.

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
}
