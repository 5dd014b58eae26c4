// A date the event reader could not turn into a question ("In 1916 Cambridge awarded him a degree
// ...": the object is a pronoun; "The wall, erected on 13 August 1961, ...": the date sits in an
// aside) is still worth a card: its sentence with the date blanked. The card quotes the sentence,
// so the date stays with the words it governs and no event can be paired with another's year.

import type { CardDraft } from "./card-draft";
import type { DateMention } from "./fact-types";
import { clozeInContext } from "./sentence-cloze";
import type { Sentence } from "./types";


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
      if (mention.dateline || (/^\p{Lu}[\p{Lu}\s.'-]+,\s*$/u.test(sentence.text.slice(0, mention.start)) && /^\s*[—–-]/.test(sentence.text.slice(mention.end)))) continue;
      const at = sentence.text.indexOf(mention.text, mention.start);
      const cloze = at >= 0 && at < mention.end ? clozeInContext(sentences, sentence.id, at, at + mention.text.length) : undefined;
      if (!cloze) continue;
      drafts.push({
        kind: "cloze",
        prompt: `Fill in the date: ${cloze.text}`,
        answer: mention.text,
        explanation: explain(cloze.sentenceIds),
        sourceSentenceIds: cloze.sentenceIds,
        fact: `s${sentence.id}-${mention.date.iso}`,
        confidence: 0.75,
      });
    }
  }
  return drafts;
}
