// Dated events: for each date, the clause it belongs to, turned into a statement without the
// date and a "When ...?" question. The date may sit in an opening phrase ("In April 1999, X
// called for Y"), in the main clause, in a relative clause (", which was outlined by X in
// May 1999"), in a noun phrase ("the establishment of X in June 1999 may be ...") or name a
// plan ("a meeting planned for 1999").

import { lowerFirstWord, type Analysis } from "./analysis";
import type { DatedEvent, DateMention } from "./fact-types";
import { NOMINALISATIONS } from "./lexicon";
import { datesReducedRelative, isFiniteVerb } from "./clauses/clauses";
import { ELLIPTICAL_BEFORE_DATE, endsInParticipleAside } from "./clauses/events";
import { is, tagSentence } from "./clauses/tagged";
import { resolveText } from "./references";
import { clauseEnd, clauseSegments, parseClause, splitLeading, whenQuestion, statementOf, type Clause, type LeadingPhrase } from "./syntax";
import { asStatement, closeQuotes, definite, quoteTerm, stripQuotes, tidyClause, upperFirst, uniqueSorted } from "./text";

/** Questions longer than this are cut at a natural break of their last part. */
const MAX_QUESTION_WORDS = 28;

export function extractEvents(analysis: Analysis): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const mention of analysis.dates) {
    if (mention.date.start.decade || mention.series || mention.dateline || (mention.kind !== "planned" && datesReducedRelative(tagSentence(analysis.sentences[mention.sentenceId]!.text), mention.start))) continue;
    const preposition = /^(\p{L}+)\s/u.exec(analysis.sentences[mention.sentenceId]!.text.slice(mention.start, mention.end))?.[1]?.toLowerCase();
    // "before 1990" / "after the war in 1990" date something else; skip rather than mislead.
    if (preposition === "before" || preposition === "after" || (preposition === "for" && mention.kind !== "planned")) continue;
    const event = mention.kind === "planned" ? plannedEvent(analysis, mention) : clauseEvent(analysis, mention);
    if (!event) continue;
    const bound = preposition === "until" || preposition === "till" ? "until" : preposition === "since" ? "since" : preposition === "by" ? "by" : undefined;
    events.push(bound ? bounded(event, bound) : event);
  }
  return events;
}

// "coal trains ran until 1991": ask "Until when ...?", never "When ...?".
function bounded(event: DatedEvent, bound: "until" | "since" | "by"): DatedEvent {
  const word = bound.charAt(0).toUpperCase() + bound.slice(1);
  return {
    ...event,
    bound,
    question: event.question.replace(/^When\b/, `${word} when`),
    dateQuestion: `What ${bound === "until" ? "continued until" : bound === "since" ? "has been the case since" : "had happened by"} ${event.date.label}?`,
  };
}

function clauseEvent(analysis: Analysis, mention: DateMention): DatedEvent | undefined {
  const sentence = analysis.sentences[mention.sentenceId]!;
  const text = sentence.text;
  const spans = (analysis.datesBySentence.get(sentence.id) ?? []).map((d) => ({ start: d.start, end: d.end }));
  const { leading, bodyStart } = splitLeading(text, spans);
  const holder = leading.find((l) => mention.start >= l.start && mention.end <= l.end);
  let clauseStart: number;
  let clauseStop: number;
  let antecedent: string | undefined;
  /** The date stands in a later clause of the sentence, which the opening phrases do not modify. */
  let laterClause = false;
  if (holder?.kind === "subordinate") {
    clauseStart = holder.start + (/^\S+\s+/.exec(holder.text)?.[0].length ?? 0);
    clauseStop = holder.end;
  } else if (holder || (mention.start >= bodyStart && mention.end <= clauseEnd(text, bodyStart))) {
    clauseStart = bodyStart;
    clauseStop = clauseEnd(text, bodyStart);
  } else {
    const segment = clauseSegments(text, bodyStart).find((s) => mention.start >= s.start && mention.end <= s.stop);
    if (!segment) return undefined;
    laterClause = true;
    if (segment.connector === "which" || segment.connector === "who") {
      const relative = relativeClauseAround(text, mention.start);
      if (!relative) return undefined;
      ({ start: clauseStart, stop: clauseStop, antecedent } = relative);
    } else {
      clauseStart = segment.start;
      clauseStop = segment.stop;
    }
  }
  const inClause = mention.start >= clauseStart && mention.end <= clauseStop;
  // "was agreed on 16 September 1987 and entered into force on 1 January 1989": two dates in one
  // clause belong to two verbs this reading does not tell apart (the clause reader does).
  if ((analysis.datesBySentence.get(sentence.id) ?? []).some((d) => d !== mention && d.start >= clauseStart && d.end <= clauseStop && (d.kind === "explicit" || d.kind === "anchored"))) return undefined;
  const raw = inClause ? text.slice(clauseStart, mention.start) + text.slice(mention.end, clauseStop) : text.slice(clauseStart, clauseStop);
  // "joined only in 1992": the adverb went with the date.
  const clauseText = tidyClause(antecedent ? `${antecedent} ${raw.replace(/^\s*(?:which|who)\s+/, "")}` : raw)
    .replace(/[.!?]+$/, "")
    .replace(/\s+(?:only|just)(?=\s*(?:[,;]|$))/g, "");
  const clause = parseClause(clauseText);
  if (!clause) return undefined;
  // A date inside the subject dates the thing the subject names, not the clause's verb.
  if (inClause && !antecedent && mention.start - clauseStart <= clause.subject.length + 1) {
    return nominalEvent(analysis, mention, text.slice(clauseStart, mention.start));
  }
  // ", adopted in 1985" after the verb's object: the date is the object's.
  if (inClause && (endsInParticipleAside(text.slice(clauseStart, mention.start)) || ELLIPTICAL_BEFORE_DATE.test(text.slice(clauseStart, mention.start)))) return undefined;
  // "…, until it closed in 2013": a pronoun in a later clause may stand for the main clause's subject, which this does not weigh.
  if (laterClause && /^(?:it|they|he|she)$/i.test(clause.subject)) return undefined;
  const resolved = resolveText(analysis, sentence.id, clause.subject, clauseStart);
  if (!resolved) return undefined;
  // "Under the name Kyoto, … it remained the capital …, until the Emperor moved to Tokyo in 1869":
  // an opening phrase belongs to the main clause, not to one after it.
  const circumstances = laterClause ? [] : leading.filter((l) => l !== holder && l.kind === "phrase" && isSelfContained(analysis, sentence.id, l));
  const tail = circumstances.map((l) => `, ${lowerFirstWord(l.text, analysis)}`).join("");
  const question = whenQuestion({ ...clause, rest: shorten(clause.rest) }, lowerFirstWord(resolved.text, analysis));
  if (!question || !resolveText(analysis, sentence.id, clause.rest, clauseStart)) return undefined;
  const body = statementOf(clause, resolved.text);
  const opening = circumstances.map((l) => `${upperFirst(l.text)}, `).join("");
  const subjectQuestion = askForSubject(analysis, clause, resolved.text, mention);
  return {
    ...(subjectQuestion ? { subjectQuestion } : {}),
    date: mention.date,
    statement: asStatement(opening ? `${opening}${lowerFirstWord(body, analysis)}` : body),
    short: asStatement(statementOf({ ...clause, rest: core(clause.rest) }, resolved.text)),
    question: closeQuotes(question.replace(/\?$/, `${tail}?`).replace(/[,;:]\s*\?$/, "?")),
    kind: "clause",
    mentionText: mention.text,
    sentenceIds: uniqueSorted([sentence.id, ...resolved.sentenceIds, ...anchorIds(mention)]),
  };
}

// Passive clauses ask "What was V-ed ...?"; active ones only when the subject is a name.
function askForSubject(analysis: Analysis, clause: Clause, subject: string, mention: DateMention): { prompt: string; answer: string } | undefined {
  const when = `${mention.date.parts.day ? "on" : mention.date.end ? "from" : "in"} ${mention.date.label}`;
  const rest = clause.rest ? ` ${shorten(clause.rest)}` : "";
  if (clause.passive && /^(?:was|were)$/i.test(clause.head)) {
    return { prompt: `What ${clause.head.toLowerCase()}${clause.adverbs ? ` ${clause.adverbs}` : ""} ${clause.tail}${rest} ${when}?`, answer: upperFirst(subject) };
  }
  const first = /^\p{Lu}[\p{L}-]*/u.exec(subject)?.[0];
  if (!clause.auxiliary && clause.tense === "past" && first && analysis.properWords.has(first) && !/^(?:he|she|it|they)\b/i.test(clause.rest)) {
    return { prompt: `Who ${clause.adverbs ? `${clause.adverbs} ` : ""}${clause.head}${rest} ${when}?`, answer: subject };
  }
  return undefined;
}

function isSelfContained(analysis: Analysis, sentenceId: number, phrase: LeadingPhrase): boolean {
  return resolveText(analysis, sentenceId, phrase.text) !== undefined && !/\b(?:this|that|these|those|its|their|his|her)\b/i.test(phrase.text);
}

function anchorIds(mention: DateMention): number[] {
  return mention.date.anchorSentenceId === undefined ? [] : [mention.date.anchorSentenceId];
}

// ", which was outlined by X in 1999": the relative clause, with the noun it describes.
function relativeClauseAround(text: string, offset: number): { start: number; stop: number; antecedent: string } | undefined {
  const before = text.slice(0, offset);
  const m = /,\s+(?:which|who)\s+[^,]*$/.exec(before);
  if (!m) return undefined;
  const antecedent = nounPhraseEndingAt(text.slice(0, m.index));
  // "the ninth named storm of the season, which began in September": the storm or the season? Unsure: no event.
  if (!antecedent || /\sof\s+(?:the\s+|a\s+|an\s+)?\p{Ll}/u.test(antecedent.replace(/[‘“"'][^’”"']*[’”"']/gu, "‘’"))) return undefined;
  const start = m.index + m[0].indexOf(m[0].trim().slice(1).trim());
  return { start, stop: clauseEnd(text, offset), antecedent };
}

/** The noun phrase a text ends with; `a concept called ‘X’` becomes ‘X’. */
export function nounPhraseEndingAt(text: string): string | undefined {
  const called = /(?:called|named|known as|dubbed)\s+(?:the\s+)?([‘“"'][^’”"']+[’”"'])$/u.exec(text);
  if (called) return quoteTerm(stripQuotes(called[1]!));
  const quoted = /(?:the\s+)?(?:(?:[\p{L}-]+)\s+){0,2}(?:of\s+)?(?:the\s+)?[‘“"'][^’”"']+[’”"']$/u.exec(text);
  if (quoted) return quoted[0];
  const word = "(?!(?:of|the|a|an|and|in|to|with|by|for|was|were|is|are)\\b)[\\p{L}\\p{N}-]+";
  const np = new RegExp(`\\b(?:the|a|an)\\s+(?:${word}\\s+){0,4}?${word}(?:\\s+of\\s+(?:the\\s+)?(?:${word}\\s+){0,3}?${word})?$`, "u").exec(text);
  return np?.[0];
}

function nominalEvent(analysis: Analysis, mention: DateMention, subjectBeforeDate: string): DatedEvent | undefined {
  // "but withdrew it in July": a verb phrase, not a noun phrase naming a thing.
  if (tagSentence(subjectBeforeDate).some((w) => isFiniteVerb(w) || is(w, "Pronoun"))) return undefined;
  const np = tidyClause(subjectBeforeDate).replace(/^(?:the\s+)?/i, "the ");
  const resolved = resolveText(analysis, mention.sentenceId, np);
  if (!resolved || np.split(/\s+/).length < 3) return undefined;
  const nominal = /^the\s+([\p{L}-]+)\s+of\s+(.+)$/u.exec(resolved.text);
  const participle = nominal ? NOMINALISATIONS.get(nominal[1]!.toLowerCase()) : undefined;
  const base = { date: mention.date, kind: "nominal" as const, mentionText: mention.text, sentenceIds: uniqueSorted([mention.sentenceId, ...resolved.sentenceIds]) };
  if (nominal && participle) {
    const thing = nominal[2]!;
    const verb = /(?<!s)s$/.test(thing.split(/\s+of\s+/)[0]!) ? "were" : "was";
    const statement = asStatement(`${thing} ${verb} ${participle}`);
    return { ...base, statement, short: statement, question: `When ${verb} ${thing} ${participle}?`, dateQuestion: `What ${verb} ${participle} ${datePreposition(mention)} ${mention.date.label}?`, dateAnswer: upperFirst(thing) };
  }
  const statement = asStatement(`${resolved.text} took place`);
  return { ...base, statement, short: statement, question: `When did ${resolved.text} take place?` };
}

function datePreposition(mention: DateMention): string {
  return mention.date.parts.day ? "on" : "in";
}

// "the failure to hold a ministerial meeting planned for 2008"
function plannedEvent(analysis: Analysis, mention: DateMention): DatedEvent | undefined {
  const text = analysis.sentences[mention.sentenceId]!.text;
  const before = text.slice(0, mention.start);
  const m = /\b((?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:was\s+|were\s+)?(?:planned|scheduled|slated|due|intended|expected|set)\s+$/u.exec(before);
  if (!m) return undefined;
  const thing = m[1]!;
  const failed = /\b(?:failure|failed|failing|inability|unable)\s+to\s+(?:hold|convene|organi[sz]e|stage|have|take place)\s+$/i.test(before.slice(0, m.index));
  const cancelled = /\b(?:cancel+ed|postponed|called off)\b/i.test(text);
  const notHeld = failed || cancelled;
  const base = { date: mention.date, kind: "planned" as const, mentionText: mention.text, sentenceIds: [mention.sentenceId] };
  if (notHeld) {
    const statement = asStatement(`${upperFirst(thing)} was planned for ${mention.date.label} but was not held`);
    return {
      ...base,
      statement,
      short: statement,
      question: `${upperFirst(thing)} was planned but not held. For when had it been planned?`,
      dateQuestion: `What was planned for ${mention.date.label} but not held?`,
      dateAnswer: upperFirst(thing),
    };
  }
  const statement = asStatement(`${upperFirst(thing)} was planned for ${mention.date.label}`);
  return {
    ...base,
    statement,
    short: statement,
    question: `For when was ${definite(thing).replace(/^The/, "the")} planned?`,
    dateQuestion: `What was planned for ${mention.date.label}?`,
    dateAnswer: upperFirst(thing),
  };
}

// "the second meeting of X with the adoption of Y" -> "the second meeting of X".
function core(rest: string): string {
  const words = rest.split(/\s+/);
  if (words.length <= 8) return rest;
  // "in such spheres as X" keeps its "as": cutting there would leave "such" dangling.
  const cut = /\s(?:with|(?<!such\s+[\p{L}-]+\s)as|under|after|during|while|because|in order|by promoting)\s/u.exec(rest.slice(words.slice(0, 3).join(" ").length));
  return cut ? rest.slice(0, words.slice(0, 3).join(" ").length + cut.index) : rest;
}

function shorten(rest: string): string {
  const words = rest.split(/\s+/);
  if (words.length <= MAX_QUESTION_WORDS - 6) return rest;
  const cut = /,\s|\s(?:as well as|including|in such|with regard to)\s/.exec(rest.slice(words.slice(0, 6).join(" ").length));
  return cut ? rest.slice(0, words.slice(0, 6).join(" ").length + cut.index) : rest;
}
