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

export function tagSentence(text: string): Word[] {
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
  return words;
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
