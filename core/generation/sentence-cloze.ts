// The sentence a fallback cloze quotes: the sentence itself, or the part between semicolons that
// holds the blank when the sentence is long, with the sentence before it when it opens on "It" or
// "They" (a blank in "It encircles West Berlin for about _____." needs to know what "it" is).

import type { Sentence } from "./types";

export const BLANK = "_____";
/** A sentence longer than this is cut to the part between semicolons that holds the blank. */
const MAX_PART_CHARS = 300;
/** The prompt with its context sentence stays under what a reader takes in at a glance. */
const MAX_WITH_CONTEXT = 340;
const THING_PRONOUN = /^(?:It|Its|They|Their|This|These|Those)\b/;

/** A cloze's text and the sentences it quotes, in order. */
export interface SentenceCloze {
  text: string;
  sentenceIds: number[];
}

/** `text[start, end)` blanked in its sentence; undefined when no part short enough holds it. */
export function clozeInContext(sentences: readonly Sentence[], sentenceId: number, start: number, end: number): SentenceCloze | undefined {
  const text = sentences[sentenceId]!.text;
  if (start < 0 || end > text.length || start >= end) return undefined;
  let from = 0;
  let to = text.length;
  if (text.length > MAX_PART_CHARS) {
    from = text.lastIndexOf("; ", start) + 1;
    const semi = text.indexOf("; ", end);
    to = semi === -1 ? text.length : semi + 1;
    if (to - from > MAX_PART_CHARS) return undefined;
  }
  let part = `${text.slice(from, start)}${BLANK}${text.slice(end, to)}`.trim().replace(/;$/, ".");
  part = part.charAt(0).toUpperCase() + part.slice(1);
  if (from === 0 && THING_PRONOUN.test(part)) {
    // Without room for it, the sentence alone still reads true, if less easily.
    const before = sentences[sentenceId - 1]?.text;
    if (before && before.length + part.length + 1 <= MAX_WITH_CONTEXT) return { text: `${before} ${part}`, sentenceIds: [sentenceId - 1, sentenceId] };
  }
  return { text: part, sentenceIds: [sentenceId] };
}
