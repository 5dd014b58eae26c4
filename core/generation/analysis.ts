// What every extractor needs to know about the article, computed once: quotes and tokens per
// sentence, dates, people, the words the article capitalises as names, and its main subject.

import { extractDateMentions } from "./dates";
import type { CalendarPoint, DateMention } from "./fact-types";
import { findPeople, type PeopleIndex } from "./people";
import { escapeRegExp } from "./text";
import { findQuotes, tokenize, type QuoteSpan, type Token } from "./tokens";
import type { Sentence } from "./types";

export interface Topic {
  /** The full name where the article introduces it: `the "Northern Rail" Company`. */
  name: string;
  /** The short form the article then uses: "the Company". */
  alias?: string;
  mentions: RegExp;
  sentenceId: number;
}

export interface Analysis {
  sentences: readonly Sentence[];
  quotes: QuoteSpan[][];
  tokens: Token[][];
  dates: DateMention[];
  datesBySentence: Map<number, DateMention[]>;
  people: PeopleIndex;
  /** Capitalised words seen away from a sentence start: names keep their capital in a question. */
  properWords: Set<string>;
  topic?: Topic;
  referenceDate?: CalendarPoint;
}

export function analyse(sentences: readonly Sentence[], referenceDate?: CalendarPoint): Analysis {
  const quotes = sentences.map((s) => findQuotes(s.text));
  const tokens = sentences.map((s, i) => tokenize(s.text, quotes[i]));
  const dates = extractDateMentions(sentences, referenceDate);
  const datesBySentence = new Map<number, DateMention[]>();
  for (const mention of dates) datesBySentence.set(mention.sentenceId, [...(datesBySentence.get(mention.sentenceId) ?? []), mention]);
  const analysis: Analysis = {
    sentences,
    quotes,
    tokens,
    dates,
    datesBySentence,
    people: findPeople(sentences),
    properWords: collectProperWords(tokens),
  };
  const topic = findTopic(sentences);
  if (topic) analysis.topic = topic;
  if (referenceDate) analysis.referenceDate = referenceDate;
  return analysis;
}

function collectProperWords(tokens: readonly Token[][]): Set<string> {
  const words = new Set<string>();
  for (const sentence of tokens) {
    sentence.forEach((token, i) => {
      if (i === 0 || token.nested || !token.word || !/^\p{Lu}/u.test(token.text)) return;
      const previous = sentence[i - 1]!;
      // After a dash that ends a news dateline ("BERLIN, 11 November 1989 — Hundreds of …") a sentence begins.
      if (/^[.!?:"“‘'(—–]$/.test(previous.text)) return;
      words.add(token.text);
    });
  }
  return words;
}

// The article's main subject is the name it gives a short alias to: `X ("the Company")`.
function findTopic(sentences: readonly Sentence[]): Topic | undefined {
  const alias = /\(\s*["“‘']?((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})["”’']?\s*\)/u;
  for (const sentence of sentences) {
    const m = alias.exec(sentence.text);
    if (!m) continue;
    const name = nameBefore(sentence.text.slice(0, m.index).trimEnd());
    const short = m[1]!;
    const head = short.split(/\s+/).pop()!;
    if (!name || !name.endsWith(head)) continue;
    const pattern = new RegExp(`${escapeRegExp(name.replace(/^the\s+/i, ""))}|\\b${escapeRegExp(head)}\\b`, "u");
    return { name, alias: /^the\s/i.test(short) ? short.replace(/^The/, "the") : short, mentions: pattern, sentenceId: sentence.id };
  }
  return undefined;
}

// Walks back over capitalised words, a quotation and name connectors to the start of a name.
function nameBefore(text: string): string | undefined {
  const m = /((?:the\s+)?(?:(?:["“‘'][^"”’']+["”’']|\p{Lu}[\p{L}-]*)\s+)*(?:["“‘'][^"”’']+["”’']|\p{Lu}[\p{L}-]*))$/u.exec(text);
  if (!m) return undefined;
  return m[1]!.replace(/^The\s/, "the ");
}

/** Whether the topic is named in one of the sentences `from`..`to` (inclusive). */
export function topicNear(analysis: Analysis, from: number, to: number): boolean {
  const topic = analysis.topic;
  if (!topic) return false;
  for (let id = Math.max(0, from); id <= to && id < analysis.sentences.length; id++) {
    if (topic.mentions.test(analysis.sentences[id]!.text)) return true;
  }
  return false;
}

/** Lower-cases the first word of a phrase moved from a sentence start, unless it is a name. */
export function lowerFirstWord(phrase: string, analysis: Analysis): string {
  const m = /^()(\p{Lu}[\p{L}'’-]*)/u.exec(phrase);
  if (!m) return phrase;
  const word = m[2]!;
  if (analysis.properWords.has(word) || /^\p{Lu}[\p{Lu}\d-]+$/u.test(word) || word === "I") return phrase;
  return m[1] + word.charAt(0).toLowerCase() + phrase.slice(m[0].length - word.length + 1);
}
