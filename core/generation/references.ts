// Resolving "he", "it", "this initiative" and "its main result" to what they point at, so a card
// never asks about a subject the student cannot see. When the antecedent is not certain enough,
// the functions return undefined and the caller drops the card.

import { topicNear, type Analysis } from "./analysis";
import { AUXILIARIES, INITIATIVE_NOUNS, PREPOSITIONS, VERB_GROUP_ADVERBS } from "./lexicon";
import { clauseEnd, parseClause, splitLeading } from "./syntax";
import { definite, escapeRegExp } from "./text";
import { isPastForm } from "./verbs";

export interface Resolved {
  text: string;
  /** Sentences the antecedents came from. */
  sentenceIds: number[];
}

/** How many sentences back an antecedent may be. */
const WINDOW = 4;

/** The person "he"/"she"/"his" at `offset` of a sentence points at, if only one person fits. */
export function resolvePerson(analysis: Analysis, sentenceId: number, offset: number): { person: number; sentenceId: number } | undefined {
  for (let id = sentenceId; id >= Math.max(0, sentenceId - 6); id--) {
    // Beyond two sentences back, only follow a chain of sentences that keep saying "she"/"he".
    if (id < sentenceId - 2 && !/\b(?:he|she|his|her|him)\b/i.test(analysis.sentences[id + 1]!.text)) return undefined;
    const mentions = (analysis.people.mentions.get(id) ?? []).filter((m) => id < sentenceId || m.end <= offset);
    if (mentions.length === 0) continue;
    // "In 1895 she married Pierre Curie. She named polonium …": an earlier sentence whose own
    // "she" comes before the name it mentions is about someone else, whom this "she" continues.
    const pronoun = /^\s*(he|she|his|her|him)\b/i.exec(analysis.sentences[sentenceId]!.text.slice(offset))?.[1]?.toLowerCase();
    if (id < sentenceId && pronoun) {
      const same = pronoun === "she" || pronoun === "her" ? /\b(?:she|her)\b/i : /\b(?:he|his|him)\b/i;
      const first = Math.min(...mentions.map((m) => m.start));
      if (same.test(analysis.sentences[id]!.text.slice(0, first))) return undefined;
    }
    const distinct = new Set(mentions.map((m) => m.person));
    if (distinct.size > 1) return id === sentenceId ? { person: mentions[mentions.length - 1]!.person, sentenceId: id } : undefined;
    return { person: mentions[0]!.person, sentenceId: id };
  }
  return undefined;
}

/** "the couple": the two people named last, if exactly two were named just before. */
function resolvePair(analysis: Analysis, sentenceId: number, offset: number): Resolved | undefined {
  for (let id = sentenceId; id >= Math.max(0, sentenceId - 2); id--) {
    const mentions = (analysis.people.mentions.get(id) ?? []).filter((m) => id < sentenceId || m.end <= offset);
    const people = [...new Set(mentions.map((m) => m.person))];
    if (people.length === 0) continue;
    if (people.length !== 2) return undefined;
    return { text: people.map((p) => analysis.people.people[p]!.name).join(" and "), sentenceIds: [id] };
  }
  return undefined;
}

/** What a sentence-initial "it"/"its" means: the previous sentence's subject, else its last name. */
export function resolveIt(analysis: Analysis, sentenceId: number): Resolved | undefined {
  const previous = analysis.sentences[sentenceId - 1];
  if (!previous) return undefined;
  const spans = (analysis.datesBySentence.get(previous.id) ?? []).map((d) => ({ start: d.start, end: d.end }));
  const { bodyStart } = splitLeading(previous.text, spans);
  const main = previous.text.slice(bodyStart, clauseEnd(previous.text, bodyStart));
  const clause = parseClause(main);
  const subject = clause?.subject;
  // "X was the Forth Bridge near Leith. It ...": the name is the better antecedent.
  const named = clause?.auxiliary && clause.tail === "" && /^(?:was|is)$/i.test(clause.head) ? /^(?:the\s+)?\p{Lu}[^,;]*?(?=,|\s+which\b|$)/u.exec(clause.rest) : null;
  if (named && subject && isPlainSingular(subject)) return { text: named[0], sentenceIds: [previous.id] };
  if (subject && isPlainSingular(subject) && !(analysis.people.mentions.get(previous.id) ?? []).some((m) => previous.text.slice(m.start, m.end) === subject)) {
    return { text: definite(subject), sentenceIds: [previous.id] };
  }
  const names = [...main.matchAll(/\b(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*|(?:the\s+)?(?:concept|idea|notion|term)\s+(?:of\s+)?(?:the\s+)?[‘“"'][^’”"']+[’”"']/gu)];
  const last = names.filter((m) => m.index > (clause ? main.indexOf(clause.subject) + clause.subject.length : 0)).pop();
  if (!last || !/\p{Lu}|[‘“"']/u.test(last[0])) return undefined;
  return { text: last[0], sentenceIds: [previous.id] };
}

function isPlainSingular(np: string): boolean {
  const words = np.split(/\s+/);
  const head = words.find((w, i) => i > 0 && /^(?:of|in|for|with|to|on)$/.test(w)) ? words[words.findIndex((w, i) => i > 0 && /^(?:of|in|for|with|to|on)$/.test(w)) - 1]! : words[words.length - 1]!;
  if (/^(?:he|she|it|they|this|that|these|those|its|his|her|their)$/i.test(words[0]!)) return false;
  return !/(?<!s)s$/.test(head) && !/^(?:and|or)$/.test(head);
}

/** The thing "this <noun>" / "the new <noun>" points at, by head noun, else the article's topic. */
export function resolveDemonstrative(analysis: Analysis, sentenceId: number, head: string): Resolved | undefined {
  const pattern = antecedentPattern(head);
  for (let id = sentenceId - 1; id >= Math.max(0, sentenceId - WINDOW); id--) {
    const matches = [...analysis.sentences[id]!.text.matchAll(pattern)];
    const last = matches.pop();
    if (last) return { text: definite(last[0].trim()).replace(/^The\s/, "the "), sentenceIds: [id] };
  }
  if (INITIATIVE_NOUNS.has(head) && analysis.topic && topicNear(analysis, sentenceId - WINDOW - 1, sentenceId - 1)) {
    return { text: analysis.topic.name, sentenceIds: [analysis.topic.sentenceId] };
  }
  return undefined;
}

function antecedentPattern(head: string): RegExp {
  const modifier = "(?:(?!(?:of|the|a|an|and|in|to|with|by|for|this|that|these|those)\\b)[\\p{L}-]+\\s+){0,4}?";
  const quote = "[‘“\"'][^’”\"']+[’”\"']";
  const name = "\\p{Lu}[\\p{L}-]*(?:\\s+(?:\\p{Lu}[\\p{L}-]*|plus))*";
  const post = `(?:\\s+(?:of|for|towards|called|named)\\s+(?:the\\s+)?(?:${quote}|${name}))?`;
  return new RegExp(`(?:\\b(?:[Tt]he|[Aa]n?)\\s+|\\b\\p{Lu}[\\p{L}-]*['’]s\\s+)${modifier}${escapeRegExp(head)}\\b${post}`, "gu");
}

// "that" is left out: after a verb it is usually a conjunction ("emerged that regional ...").
const REFERENCE = /\b([Tt]his new|[Tt]his|[Tt]hese|[Tt]hose|That|[Tt]he new)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=[\s,.;:!?)]|$)/gu;

/** "at this time", "in this way": demonstratives that point at nothing a card needs. */
const IDIOMS = new Set(["time", "year", "period", "point", "day", "moment", "way", "stage", "regard", "respect", "end", "case", "sense", "context"]);

/**
 * `text` (a part of sentence `sentenceId`) with its references replaced by their antecedents, or
 * undefined when one of them cannot be resolved. "the new X" keeps its words and gains the
 * antecedent in parentheses.
 */
export function resolveText(analysis: Analysis, sentenceId: number, text: string, offsetInSentence = 0, atSubject = true): Resolved | undefined {
  const ids = new Set<number>();
  let result = text;
  const subject = atSubject ? /^(He|She|he|she|It|it|Its|its|His|his|Her|her)\b/.exec(result) : null;
  if (subject) {
    const word = subject[1]!.toLowerCase();
    let replacement: string | undefined;
    if (word === "it" || word === "its") {
      const it = resolveIt(analysis, sentenceId);
      if (!it) return undefined;
      it.sentenceIds.forEach((id) => ids.add(id));
      replacement = word === "its" ? undefined : it.text;
      if (word === "its") {
        const possessed = /^its\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)(?=\s+(?:was|were|is|are|had|has|of|in)\b)/iu.exec(result);
        if (!possessed) return undefined;
        result = `the ${possessed[1]} of ${it.text}${result.slice(possessed[0].length)}`;
      }
    } else {
      const found = resolvePerson(analysis, sentenceId, offsetInSentence);
      if (!found) return undefined;
      ids.add(found.sentenceId);
      const name = analysis.people.people[found.person]!.name;
      replacement = word === "he" || word === "she" ? name : `${name}'s`;
    }
    if (replacement) result = replacement + result.slice(subject[0].length);
  }
  const group = atSubject ? /^[Tt]he\s+(couple|pair|duo|two|brothers|sisters|siblings|partners|spouses)\b/.exec(result) : null;
  if (group) {
    const pair = resolvePair(analysis, sentenceId, offsetInSentence);
    if (!pair) return undefined;
    pair.sentenceIds.forEach((id) => ids.add(id));
    result = pair.text + result.slice(group[0].length);
  }
  const anaphor = atSubject ? /^[Tt]he\s+(country|nation|city|town|company|firm|organisation|organization|government|state|region|island)\b/.exec(result) : null;
  if (anaphor && result.startsWith("the") === text.startsWith("the")) {
    const resolved = resolveDemonstrative(analysis, sentenceId, anaphor[1]!);
    if (!resolved || resolved.text.toLowerCase() === anaphor[0].toLowerCase()) return undefined;
    resolved.sentenceIds.forEach((id) => ids.add(id));
    result = resolved.text + result.slice(anaphor[0].length);
  }
  let failed = false;
  result = result.replace(REFERENCE, (whole, determiner: string, phrase: string) => {
    const words = phrase.split(/\s+/);
    const stop = words.findIndex((w) => PREPOSITIONS.has(w) || AUXILIARIES.has(w) || VERB_GROUP_ADVERBS.has(w) || isPastForm(w) || w === "and" || w === "which");
    const np = stop < 0 ? words : words.slice(0, stop);
    if (np.length === 0) {
      failed ||= !/^the new$/i.test(determiner);
      return whole;
    }
    const head = np[np.length - 1]!;
    if (IDIOMS.has(head)) return whole;
    const resolved = resolveDemonstrative(analysis, sentenceId, head);
    if (!resolved) {
      failed ||= !/^the new$/i.test(determiner);
      return whole;
    }
    resolved.sentenceIds.forEach((id) => ids.add(id));
    const tail = stop < 0 ? "" : ` ${words.slice(stop).join(" ")}`;
    const kept = /^the new$/i.test(determiner) ? `${determiner} ${np.join(" ")} (${resolved.text})` : resolved.text;
    return `${kept}${tail}`;
  });
  if (failed || /^(?:This|That|These|They|this|that|these|they)\b/.test(result)) return undefined;
  return { text: result, sentenceIds: [...ids].sort((a, b) => a - b) };
}
