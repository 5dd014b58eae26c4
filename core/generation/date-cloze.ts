// A date the event reader could not turn into a question ("In 1916 Cambridge awarded him a degree
// ...": the object is a pronoun; "The wall, erected on 13 August 1961, ...": the date sits in an
// aside) is still worth a card: its sentence with the date blanked. The card quotes the sentence,
// so the date stays with the words it governs and no event can be paired with another's year.

import type { CardDraft } from "./card-draft";
import type { DateMention } from "./fact-types";
import type { Sentence } from "./types";

/** A sentence longer than this is cut to the part between semicolons that holds the date. */
const MAX_CLOZE_CHARS = 300;
const BLANK = "_____";

export function buildDateClozeCards(
  sentences: readonly Sentence[],
  datesBySentence: ReadonlyMap<number, readonly DateMention[]>,
  asked: (mention: DateMention) => boolean,
  explain: (ids: number[]) => string,
): CardDraft[] {
  const drafts: CardDraft[] = [];
  for (const sentence of sentences) {
    for (const mention of datesBySentence.get(sentence.id) ?? []) {
      // Only a date written out in full: "in March" leans on a year given elsewhere, "two years later" on another date.
      if (mention.kind !== "explicit" || !/\d{3,4}/.test(mention.text) || asked(mention)) continue;
      // "BERLIN, 11 November 1989 — ...": a dateline dates the report, not an event.
      if (/^\p{Lu}[\p{Lu}\s.'-]+,\s*$/u.test(sentence.text.slice(0, mention.start)) && /^\s*[—–-]/.test(sentence.text.slice(mention.end))) continue;
      const prompt = clozeOf(sentence.text, mention);
      if (!prompt) continue;
      drafts.push({
        kind: "cloze",
        prompt: `Fill in the date: ${prompt}`,
        answer: mention.text,
        explanation: explain([sentence.id]),
        sourceSentenceIds: [sentence.id],
        fact: `s${sentence.id}-${mention.date.iso}`,
        confidence: 0.75,
      });
    }
  }
  return drafts;
}

function clozeOf(text: string, mention: DateMention): string | undefined {
  const at = text.indexOf(mention.text, mention.start);
  if (at < 0 || at >= mention.end) return undefined;
  let start = 0;
  let end = text.length;
  if (text.length > MAX_CLOZE_CHARS) {
    start = text.lastIndexOf("; ", at) + 1;
    const semi = text.indexOf("; ", at + mention.text.length);
    end = semi === -1 ? text.length : semi + 1;
    if (end - start > MAX_CLOZE_CHARS) return undefined;
  }
  const part = `${text.slice(start, at)}${BLANK}${text.slice(at + mention.text.length, end)}`.trim().replace(/;$/, ".");
  return part.charAt(0).toUpperCase() + part.slice(1);
}
