// Lists spread over sentences: "The treaty rests on three pillars. First, non-proliferation: ...
// Second, disarmament: ... Third, peaceful use: ...". The announcing sentence gives the count;
// the items are the sentences that open on First, Second, ... (or Finally), in order, and the
// list is kept only when their number is the announced one.

import type { CardDraft } from "./card-draft";
import { NUMBER_WORDS } from "./lexicon";
import type { Sentence } from "./types";

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"];
/** Sentences allowed between two items ("Second, ..." may come a sentence or two after "First, ..."). */
const MAX_GAP = 3;
const COUNTED = /\b(two|three|four|five|six|seven|\d)\s+(?:(?:main|great|key|basic|further|major|separate|distinct|broad|core|central|principal)\s+)*([\p{Ll}-]+s)\b/u;

export function buildSpreadListCards(sentences: readonly Sentence[], explain: (ids: number[]) => string): CardDraft[] {
  const drafts: CardDraft[] = [];
  for (let i = 1; i < sentences.length; i++) {
    if (ordinalOf(sentences[i]!.text) !== 0) continue;
    const announcing = sentences[i - 1]!;
    const counted = COUNTED.exec(announcing.text);
    if (!counted) continue;
    const count = NUMBER_WORDS.get(counted[1]!) ?? Number(counted[1]);
    const itemSentences = [sentences[i]!];
    for (let j = i + 1; j < sentences.length && j - itemSentences[itemSentences.length - 1]!.id <= MAX_GAP; j++) {
      const ordinal = ordinalOf(sentences[j]!.text);
      if (ordinal === itemSentences.length || (ordinal === -1 && itemSentences.length === count - 1)) itemSentences.push(sentences[j]!);
      if (itemSentences.length === count) break;
    }
    if (itemSentences.length !== count || count < 2) continue;
    const items = itemSentences.map((s) => itemOf(s.text));
    if (items.some((item) => !item || item.split(/\s+/).length > 16)) continue;
    const ids = [announcing.id, ...itemSentences.map((s) => s.id)];
    drafts.push({
      kind: "listRecall",
      prompt: `${announcing.text.replace(/[.:]\s*$/, "")}. Name the ${counted[1]} ${counted[2]} in the order the text gives them.`,
      answer: items.join("; "),
      explanation: explain(ids),
      sourceSentenceIds: ids,
      confidence: 0.75,
    });
  }
  return drafts;
}

/** 0 for "First, ...", 1 for "Second, ...", -1 for "Finally, ..." or "Lastly, ...", undefined otherwise. */
function ordinalOf(text: string): number | undefined {
  const m = /^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Finally|Lastly)(?:,\s|\s+came\s)/.exec(text);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  return word === "finally" || word === "lastly" ? -1 : ORDINALS.indexOf(word);
}

/**
 * The item a sentence opens with: "First, non-proliferation: ..." -> "non-proliferation";
 * "First came the Great Western, a ..." -> "the Great Western"; "Second, they designate
 * suitable sites for ...; ..." -> "designate suitable sites for ...".
 */
function itemOf(text: string): string | undefined {
  const rest = text.replace(/^\p{L}+(?:,\s+|\s+came\s+)/u, "");
  const item = rest.split(/[:;,.](?:\s|$)/)[0]!.trim();
  const bare = item.replace(/^(?:they|we|it|he|she)\s+(?:(?:must|should|shall|will|can|may|also)\s+)*/i, "");
  return bare.length >= 2 ? bare : undefined;
}
