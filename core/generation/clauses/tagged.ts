// Part-of-speech tags from compromise (a maintained rule-based English tagger: no model
// download, deterministic), as plain tokens with offsets into the sentence. Everything the
// clause layer knows about word classes and verb forms comes through here.

import nlp from "compromise";

export interface Word {
  text: string;
  /** Lower-cased, without surrounding punctuation. */
  norm: string;
  start: number;
  end: number;
  /** Punctuation written right after the word ("," in "Janaki,"). */
  post: string;
  tags: ReadonlySet<string>;
}

/**
 * Short texts (names, list items, role nouns) are tagged again and again by the people, list and
 * term readers: their tags are remembered for one article (resetTagCache at each generation), so
 * a benchmark of many articles measures each one cold. The same text always gets the same tags.
 */
const tagged = new Map<string, Word[]>();
const MAX_CACHED_LENGTH = 60;

export function resetTagCache(): void {
  tagged.clear();
}

export function tagSentence(text: string): Word[] {
  // A copy each time: callers may pop or splice their list.
  const known = tagged.get(text);
  if (known) return known.slice();
  const words = tagWithCompromise(text);
  if (text.length <= MAX_CACHED_LENGTH) tagged.set(text, words);
  return words.slice();
}

function tagWithCompromise(text: string): Word[] {
  const doc = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; normal: string; post: string; tags: string[]; offset: { start: number; length: number } }>;
  }>;
  const words: Word[] = [];
  for (const sentence of doc) {
    for (const term of sentence.terms) {
      if (!term.text) continue;
      const start = term.offset.start;
      words.push({ text: term.text, norm: term.normal, start, end: start + term.offset.length, post: term.post.trim(), tags: new Set(term.tags) });
    }
  }
  correctTags(words);
  return words;
}

/** Verbs whose past tense is spelt like their present: compromise reads them as present. */
const SAME_IN_THE_PAST = new Set(["put", "set", "cut", "hit", "let", "spread", "cost", "shut", "cast", "hurt", "quit", "split", "bid", "burst", "broadcast", "upset", "thrust", "beset", "forecast", "offset"]);

/**
 * Two mistakes of the tagger that English word order settles: a plural noun after a number,
 * article or adjective is not a verb ("Two delegates, ..."), and in a sentence told in the past
 * "put", "set", "cut" after their subject are past tense ("..., put forward a declaration").
 */
function correctTags(words: Word[]): void {
  const past = words.some((w) => w.tags.has("PastTense") && !w.tags.has("Adjective"));
  // "Jan van Riebeeck", "Jan Smuts": a month's short form before a name is a first name.
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1]!;
    if (/^(?:Jan|Mar|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(word.text) && word.tags.has("Date") && !word.post && !next.tags.has("Value") && !next.tags.has("Date") && (/^\p{Lu}/u.test(next.text) || /^(?:van|von|de|der)$/.test(next.norm))) {
      word.tags = new Set(["Noun", "ProperNoun", "FirstName", "Person"]);
    }
  }
  // "The bridge, first opened in 1932, was ...": an ordinal before a participle in an aside is an adverb, not a subject.
  for (let i = 1; i + 1 < words.length; i++) {
    const word = words[i]!;
    if (/^(?:first|once|originally|later|since)$/.test(word.norm) && words[i - 1]!.post.includes(",") && words[i + 1]!.tags.has("PastTense") && !word.post) {
      word.tags = new Set(["Adverb"]);
    }
  }
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const before = words[i - 1]!;
    if (!word.tags.has("Verb") || word.tags.has("Copula") || word.tags.has("Modal") || word.tags.has("Auxiliary")) continue;
    // ", court nobles and samurai proclaimed": a command in mid-sentence before a noun is a noun modifier.
    if (word.tags.has("Imperative") && before.post.includes(",") && words[i + 1]?.tags.has("Noun") && !words[i + 1]!.tags.has("Pronoun")) {
      word.tags = new Set(["Noun", "Singular"]);
      continue;
    }
    if (word.tags.has("PresentTense") && /s$/.test(word.norm) && !before.post && (before.tags.has("Cardinal") || before.tags.has("Determiner") || before.tags.has("Possessive"))) {
      word.tags = new Set(["Noun", "Plural"]);
      continue;
    }
    const afterSubject = before.post.includes(",") || before.tags.has("Noun") || before.tags.has("ProperNoun");
    const governed = /^(?:to|will|would|shall|should|can|could|may|might|must|did|does|do|not|never)$/.test(before.norm) || before.tags.has("Pronoun") && /^(?:i|you|we|they)$/.test(before.norm) && !past;
    if (past && SAME_IN_THE_PAST.has(word.norm) && afterSubject && !governed && !before.tags.has("Determiner")) {
      word.tags = new Set(["Verb", "PastTense"]);
    }
  }
}

const infinitives = new Map<string, string>();

/** "took" -> "take", "sailed" -> "sail"; the word itself when compromise knows no verb in it. */
export function infinitiveOf(verb: string): string {
  const key = verb.toLowerCase();
  let found = infinitives.get(key);
  if (found === undefined) {
    // A subject in front makes "left" a verb, not an adjective.
    const verbs = nlp(`they ${key}`).verbs();
    found = verbs.found ? verbs.toInfinitive().text().replace(/^they\s+/i, "") : key;
    if (!found) found = key;
    if (/\s/.test(found)) found = found.split(/\s+/)[0]!;
    infinitives.set(key, found);
  }
  return found;
}

export const is = (word: Word | undefined, tag: string): boolean => word !== undefined && word.tags.has(tag);
