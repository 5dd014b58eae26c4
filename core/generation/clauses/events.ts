// Dated events read clause by clause: a date is paired only with the clause it stands in, an
// explicit date in the clause wins over a relative phrase, and the question is realised from
// the clause's subject and verb ("In 1909 he married Janaki" -> "When did Srinivasa Ramanujan
// marry Janaki?"), never by editing the sentence's surface string.

import type { DatedEvent, DateMention } from "../fact-types";
import { asStatement, closeQuotes, tidyClause, upperFirst, uniqueSorted } from "../text";
import type { Sentence } from "../types";
import { isParticiple } from "../verbs";
import type { ArticleReading, ReadClause } from "./read";
import { datesReducedRelative } from "./clauses";
import { infinitiveOf, is, type Word } from "./tagged";

const MAX_REST_WORDS = 22;
/** Text between a verb and a date that ends in an elliptical phrase: ", the last" (in May 2009). */
export const ELLIPTICAL_BEFORE_DATE = /,\s*(?:the\s+)?(?:last|first|latest|final|second|third|next|most\s+recent)(?:\s+(?:one|of\s+them))?\s*$/;
/**
 * Text between a verb and a date that ends in a participle aside: "followed the Vienna
 * Convention, adopted in", "…, first set up in". Participles are those core/generation/verbs.ts
 * knows (regular "-ed" and the irregular table), plus "-en" forms it may not list ("woven").
 */
export function endsInParticipleAside(text: string): boolean {
  const aside = /,\s*(?:first\s+|later\s+|originally\s+)?(\p{Ll}+)\b[^,]*$/u.exec(text);
  if (!aside) return false;
  const word = aside[1]!;
  return isParticiple(word) || (/\p{Ll}{2,}en$/u.test(word) && !/^(?:often|then|when|even|seven|eleven|between|woken|open|garden|kitchen|children|women|men)$/.test(word));
}

export function extractClauseEvents(reading: ArticleReading, sentences: readonly Sentence[], datesBySentence: ReadonlyMap<number, DateMention[]>): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const clause of reading.clauses) {
    const all = datesBySentence.get(clause.sentenceId) ?? [];
    const text0 = sentences[clause.sentenceId]!.text;
    // ", in 1971, when ...": the date that ends right before the when-clause is its date.
    const mentions = clause.afterWhen
      ? all.filter((m) => /^[\s,]*$/.test(text0.slice(m.end, clause.start)))
      : all.filter((m) => m.start >= clause.start - 1 && m.end <= clause.end + 1);
    if (mentions.length === 0 || !clause.subject) continue;
    const text = sentences[clause.sentenceId]!.text;
    const verbEnd = clause.words[clause.verb]!.end;
    // "raised a rebellion that was not finally crushed until 1775": a date in a relative clause after the verb dates that clause.
    const own = mentions.filter((m) => !(m.start > verbEnd && /\b(?:that|which|who|whom|whose)\s+(?:\S+\s+){0,6}?$/.test(text.slice(verbEnd, m.start)) && /\b(?:that|which|who)\b/.test(text.slice(verbEnd, m.start))));
    const explicit = own.filter((m) => m.kind === "explicit" || m.kind === "anchored");
    const chosen = explicit.length > 0 ? explicit : own.filter((m) => m.kind === "relative" || m.kind === "ago");
    // Two explicit dates in one clause ("from 1904 to 1909", "in 1998 and in 2000") are not one event's date.
    if (chosen.length !== 1) continue;
    const mention = chosen[0]!;
    if (mention.date.start.decade || mention.series || mention.dateline || (mention.kind !== "planned" && datesReducedRelative(clause.words, mention.start))) continue;
    const preposition = /^(\p{L}+)\s/u.exec(text.slice(mention.start, mention.end))?.[1]?.toLowerCase() ?? /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, mention.start - 12), mention.start))?.[1]?.toLowerCase();
    // "received the prize for 1918" (awarded the year after): "for" names no time of the event.
    if (preposition && /^(?:before|after|until|till|since|by|between|from|around|about|c|for)$/.test(preposition)) continue;
    // A date inside the subject ("the 1911 prize") dates the noun, not the verb.
    if (clause.subjectStart !== undefined && mention.start >= clause.words[clause.subjectStart]!.start && mention.end <= clause.words[clause.verb]!.start) continue;
    // A date in a participle aside after the verb (", adopted in 1985") dates the noun before it, not this clause.
    if (endsInParticipleAside(text.slice(clause.words[clause.verb]!.end, mention.start))) continue;
    // "studied natural sciences at Newnham College, graduating in 1941": the date is the participle's.
    if (/,\s*\p{Ll}+ing\b[^,;]*$/u.test(text.slice(clause.words[clause.verb]!.end, mention.start))) continue;
    // "Four more missions followed, the last in May 2009": the date is the last one's, not the clause's.
    if (ELLIPTICAL_BEFORE_DATE.test(text.slice(clause.words[clause.verb]!.end, mention.start))) continue;
    // A date in a relative clause (", which was outlined by X in 2006") dates that clause, not this one.
    if (/,\s*(?:which|who|whom|whose|where|when)\b/.test(text.slice(clause.words[clause.verb]!.end, mention.start))) continue;
    const event = realise(clause, text, mentions, mention);
    if (event) events.push(event);
  }
  return events;
}

function realise(clause: ReadClause, text: string, mentions: readonly DateMention[], mention: DateMention): DatedEvent | undefined {
  const words = clause.words;
  const verb = words[clause.verb]!;
  if (words.slice(clause.verb, clause.verb + 3).some((w) => is(w, "Negative") || w.norm === "not" || w.norm === "never")) return undefined;
  const group: VerbGroup | undefined = clause.passiveAuxiliary
    ? { kind: "auxiliary", base: "", auxiliary: clause.passiveAuxiliary, tail: verb.text, particles: "", end: clause.verb + 1 }
    : verbGroup(words, clause.verb);
  if (!group) return undefined;
  const restStart = words[group.end]?.start ?? clause.end;
  const rest = restOf(text, restStart, clause.end, mentions);
  const subject = clause.subject!;
  // An opening phrase that stands on its own ("Speaking at the Boao forum for Asia,") stays with the event.
  const opening = openingPhrase(clause, text, mentions);
  const restText = rest ? (rest.startsWith(",") ? rest : ` ${rest}`) : "";
  // The question leaves out an appositive after a comma ("..., the son of X, a French-born engineer").
  const restShort = shorten(rest.replace(/,\s+(?:the|a|an)\s.*$/s, ""));
  const restQuestion = restShort ? (restShort.startsWith(",") ? restShort : ` ${restShort}`) : "";
  let question: string;
  let statement: string;
  if (group.kind === "past") {
    question = `When did ${subject} ${group.base}${group.particles}${restQuestion}?`;
    statement = `${upperFirst(subject)} ${verb.text.toLowerCase()}${group.particles}${restText}`;
  } else {
    const tail = group.tail ? ` ${group.tail}` : "";
    question = `When ${group.auxiliary} ${subject}${tail}${restQuestion}?`;
    statement = `${upperFirst(subject)} ${group.auxiliary}${tail}${restText}`;
  }
  if (!rest && group.kind === "past" && !/^(?:die|arrive|return|resign|retire|marry|surrender|collapse|erupt)$/.test(group.base)) {
    // "When did the war end?" is a fine question; "When did he say?" is not.
    if (is(verb, "Transitive") || /^(?:say|make|do|take|give|get)$/.test(group.base)) return undefined;
  }
  if (/\b(?:he|she|they|it|him|them)\b/.test(restShort)) return undefined;
  // "named after her": an object pronoun the card cannot resolve.
  if (/\bher\b(?=\s*$|\s*[,.;]|\s+(?:in|on|at|for|to|by|with|from|after|before|again)\b)/.test(rest)) return undefined;
  // "when she was eight": an age, not an event.
  if (group.kind === "auxiliary" && /^(?:was|were)$/.test(group.auxiliary) && !group.tail && /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)(?:\s+years?\s+old)?$/.test(rest)) return undefined;
  if (opening) {
    statement = `${opening}, ${statement.charAt(0).toLowerCase() === statement.charAt(0) ? statement : lowerName(statement, subject)}`;
    question = question.replace(/\?$/, `, ${opening.charAt(0).toLowerCase()}${opening.slice(1)}?`);
  }
  const when = `${mention.date.parts.day ? "on" : mention.date.end ? "from" : "in"} ${mention.date.label}`;
  let subjectQuestion: { prompt: string; answer: string } | undefined;
  if (group.kind === "past" && clause.personSubject) subjectQuestion = { prompt: `Who ${verb.text.toLowerCase()}${group.particles}${restQuestion} ${when}?`, answer: subject };
  else if (group.kind === "auxiliary" && /^(?:was|were)$/.test(group.auxiliary) && group.tail && !clause.personSubject && /^the\s/i.test(subject)) {
    subjectQuestion = { prompt: `What ${group.auxiliary} ${group.tail}${restQuestion} ${when}?`, answer: upperFirst(subject) };
  }
  return {
    date: mention.date,
    statement: asStatement(statement),
    short: asStatement(`${upperFirst(subject)} ${group.kind === "past" ? verb.text.toLowerCase() + group.particles : group.auxiliary + (group.tail ? ` ${group.tail}` : "")}${restShort ? ` ${core(restShort)}` : ""}`),
    question: closeQuotes(question.replace(/\s+/g, " ")),
    ...(subjectQuestion ? { subjectQuestion } : {}),
    kind: "clause",
    // A subject resolved from "he"/"it" is a little less sure than one written out.
    confidence: clause.writtenSubject && clause.subject !== clause.writtenSubject ? 0.85 : 0.9,
    mentionText: mention.text,
    sentenceIds: uniqueSorted([clause.sentenceId, ...(mention.date.anchorSentenceId === undefined ? [] : [mention.date.anchorSentenceId])]),
  };
}

function lowerName(statement: string, subject: string): string {
  return subject.charAt(0) === subject.charAt(0).toLowerCase() ? statement.charAt(0).toLowerCase() + statement.slice(1) : statement;
}

function openingPhrase(clause: ReadClause, text: string, mentions: readonly DateMention[]): string | undefined {
  if (clause.subjectStart === undefined || clause.subjectStart === 0) return undefined;
  const words = clause.words;
  // The comma-closed phrase just before the subject.
  let from = clause.subjectStart - 1;
  while (from > 0 && !words[from - 1]!.post.includes(",")) from--;
  const before = words.slice(Math.max(from, /^(?:and|but|yet)$/.test(words[0]!.norm) ? 1 : 0), clause.subjectStart);
  if (before.length < 3 || !before[before.length - 1]!.post.includes(",") || !(is(before[0], "Gerund") || /ing$/.test(before[0]!.norm))) return undefined;
  const start = before[0]!.start;
  const end = before[before.length - 1]!.end;
  if (mentions.some((m) => m.start < end && m.end > start)) return undefined;
  const phrase = text.slice(start, end).replace(/[,;:]+$/, "");
  return /\b(?:he|she|it|they|his|her|its|their|this|that|these|those)\b/i.test(phrase) ? undefined : phrase;
}

interface VerbGroup {
  kind: "past" | "auxiliary";
  /** past: the verb's base form ("marry"). */
  base: string;
  /** auxiliary: "was", "were", "had". */
  auxiliary: string;
  /** auxiliary: what follows it in the group ("elected", "first published"). */
  tail: string;
  /** Particles of a phrasal verb kept with it ("off" in "set off"). */
  particles: string;
  /** Index after the group. */
  end: number;
}

function verbGroup(words: readonly Word[], at: number): VerbGroup | undefined {
  const verb = words[at]!;
  if (/^(?:was|were|had)$/.test(verb.norm)) {
    let i = at + 1;
    const tail: string[] = [];
    while (i < words.length && is(words[i], "Adverb") && !words[i - 1]!.post) tail.push(words[i++]!.text);
    if (words[i]?.norm === "been") tail.push(words[i++]!.text);
    if (is(words[i], "PastTense") || is(words[i], "Participle") || is(words[i], "Verb")) {
      // "was experimenting": a progressive is an event too ("When was X experimenting with ...?"); "had going" is not.
      if (is(words[i], "Gerund") && verb.norm === "had") return undefined;
      tail.push(words[i++]!.text);
    } else if (verb.norm === "had") return undefined;
    while (i < words.length && is(words[i], "PhrasalVerb") && !words[i - 1]!.post) tail.push(words[i++]!.text);
    return { kind: "auxiliary", base: "", auxiliary: verb.norm, tail: tail.join(" "), particles: "", end: i };
  }
  if (!is(verb, "PastTense") || is(verb, "Auxiliary") || is(verb, "Modal")) return undefined;
  let i = at + 1;
  const particles: string[] = [];
  while (i < words.length && is(words[i], "PhrasalVerb") && !words[i - 1]!.post && !/^(?:only|just|also|then|again|first)$/.test(words[i]!.norm)) particles.push(words[i++]!.text);
  return { kind: "past", base: infinitiveOf(verb.text), auxiliary: "", tail: "", particles: particles.length ? ` ${particles.join(" ")}` : "", end: i };
}

/** The words after the verb group, without date phrases, asides or a trailing relative clause. */
function restOf(text: string, from: number, to: number, mentions: readonly DateMention[]): string {
  // A relative clause that holds a date of its own ("a rebellion that was not finally crushed until 1775") goes whole.
  for (const m of mentions) {
    if (m.start <= from || m.start >= to) continue;
    const relative = /\s(?:that|which|who)\s[^,;]*$/.exec(text.slice(from, m.start));
    if (relative) to = Math.min(to, from + relative.index);
  }
  let out = "";
  let at = from;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.end <= from || m.start >= to) continue;
    out += text.slice(at, Math.max(at, m.start));
    at = Math.max(at, m.end);
  }
  out += text.slice(at, to);
  // "joined only in 1992": the adverb went with the date.
  out = out.replace(/(?:^|\s+)(?:only|just)(?=\s*(?:[,;.]|$))/g, "");
  out = out.replace(/,?\s+(?:(?:in|on|at|through|by|with|from|to|for|of|under|over|into|during|after|before|among|across)\s+)?(?:where|which|who|whom|whose|when)\b.*$/s, "");
  // "travelled to Russia, converted to the Orthodox faith and took ...": the first verb phrase of a list.
  out = out.replace(/,\s+(?:then\s+)?\p{Ll}+ed\s(?!by\b).*$/su, "");
  // A comma splice or an aside that starts a new subject ("..., this has not") is not part of the event.
  out = out.replace(/,\s+(?:this|that|it|he|she|they|these|those|there)\s.*$/s, "");
  out = out.replace(/\s*[—–]\s.*$/s, "");
  // "was completed in June 2016, doubling the capacity": the comma before a participle phrase stays.
  const participle = /^\s*,\s*(?=\p{Ll}+ing\b)/u.test(out) ? ", " : "";
  return participle + tidyClause(out).replace(/^[,;:\s]+|[,;:\s]+$/g, "").replace(/\s+,/g, ",").replace(/,\s*,/g, ",");
}

function shorten(rest: string): string {
  const words = rest.split(/\s+/);
  if (words.length <= MAX_REST_WORDS) return rest;
  const head = words.slice(0, 6).join(" ").length;
  const cut = /,\s|\s(?:as well as|including|while|because)\s/.exec(rest.slice(head));
  return cut ? rest.slice(0, head + cut.index) : words.slice(0, MAX_REST_WORDS).join(" ");
}

function core(rest: string): string {
  const words = rest.split(/\s+/);
  if (words.length <= 10) return rest;
  const head = words.slice(0, 3).join(" ").length;
  const cut = /,\s|\s(?:with|as|under|after|during|while|because)\s/.exec(rest.slice(head));
  return cut ? rest.slice(0, head + cut.index) : rest;
}
