// Article text -> typed facts, each with the sentences it came from.

import { extractActions } from "./actions";
import { analyse, type Analysis } from "./analysis";
import { parseIsoDay } from "./calendar";
import { extractOrganisations, extractPlaces } from "./entities";
import { extractEnumerations } from "./enumerations";
import { extractAsideEvents } from "./clauses/asides";
import { extractClauseEvents } from "./clauses/events";
import { readArticle, type ArticleReading } from "./clauses/read";
import { ROLLED_OVER } from "./dates";
import { extractEvents } from "./events";
import type { DatedEvent, Facts } from "./fact-types";
import { extractFigures } from "./figures";
import { extractTerms } from "./terms";
import type { Sentence } from "./types";

export function extractFacts(sentences: readonly Sentence[], referenceDate?: string, title?: string): { facts: Facts; analysis: Analysis; reading: ArticleReading } {
  const reference = referenceDate ? parseIsoDay(referenceDate) : undefined;
  const analysis = analyse(sentences, reference);
  const reading = readArticle(sentences, title);
  const organisations = extractOrganisations(analysis);
  const facts: Facts = {
    dates: analysis.dates,
    events: mergeEvents([...extractClauseEvents(reading, sentences, analysis.datesBySentence), ...extractAsideEvents(sentences, analysis.datesBySentence)], extractEvents(analysis)),
    people: analysis.people.people,
    actions: extractActions(analysis),
    enumerations: extractEnumerations(analysis),
    figures: extractFigures(analysis),
    terms: extractTerms(analysis),
    organisations,
    places: extractPlaces(analysis, organisations),
  };
  return { facts, analysis, reading };
}

/**
 * Events read clause by clause come first; the older sentence-level reader still contributes
 * the kinds the clause reader does not make (things named by a noun, plans), and its clause
 * events only for dates the clause reader left alone, and only when they read as English.
 */
function mergeEvents(byClause: readonly DatedEvent[], bySentence: readonly DatedEvent[]): DatedEvent[] {
  const taken = new Set(byClause.map((e) => `${e.sentenceIds.find((id) => id !== e.date.anchorSentenceId) ?? e.sentenceIds[0]}|${e.mentionText}`));
  const asked = new Set(byClause.map((e) => e.question.toLowerCase()));
  const rest = bySentence.filter((e) => !e.sentenceIds.some((id) => taken.has(`${id}|${e.mentionText}`)) && !asked.has(e.question.toLowerCase()) && readsWell(e));
  const older = rest.filter((e) => !vague(e)).map((e) => ({ ...e, confidence: 0.6, doubt: "Read from the whole sentence, not from one clause: check that the date belongs to this event." }));
  return [...byClause, ...older].filter((e) => !vague(e) && whole(e)).map(guessedYear);
}

/** A bare month put in the year after the date before it may be a flashback: the preview asks the author. */
function guessedYear(event: DatedEvent): DatedEvent {
  if (!event.date.derivation?.startsWith(ROLLED_OVER)) return event;
  return { ...event, confidence: Math.min(event.confidence ?? 0.6, 0.6), doubt: `The year ${event.date.start.year} is guessed: this month comes before the month of the date before it, so it may be a look back to the earlier year.` };
}

/**
 * A statement the date was cut out of must still read as a sentence: not "Eruptions grew through
 * the afternoon of, and ..." nor "The last services ran in." (a preposition left without its
 * object), nor "Throwing up ash and steam ..." (a participle whose subject was lost).
 */
function whole(event: DatedEvent): boolean {
  const bare = /\b(?:in|on|at|of|from|during|since|until|by)\s*(?:[,;.?]|$)/;
  const participle = /^\p{Lu}\p{Ll}+ing\s+(?:up|down|out|off|away|a|an|the|its|their|his|her)\b/u;
  const questionBody = event.question.replace(/^(?:until |since |by )?when\s+(?:did|was|were|does|is|had)\s+/i, "");
  return !bare.test(event.statement) && !bare.test(event.question) && !participle.test(event.statement) && !/^\p{Ll}+ing\b/u.test(questionBody);
}

/** "When was the first signed?", "When were many of which returned?": the subject names nothing a student can see. */
function vague(event: DatedEvent): boolean {
  const body = event.question.replace(/^(?:until |since |by )?when\s+(?:did|was|were|does|is|had)\s+/i, "");
  // "When was the most famous taken?": a superlative without its noun.
  if (/^the\s+(?:most\s+\p{Ll}+|best|worst|\p{Ll}+est)\s+(?:was|were|is|are)\b/iu.test(body) || /^the\s+(?:most\s+\p{Ll}+|best|worst|\p{Ll}+est)\s+(?:\p{Ll}+(?:ed|en)|took|made|won)\b/iu.test(body)) return true;
  return /^(?:the\s+(?:first|last|second|third|latter|former|other)|many|some|most|all|each|both|one|none)(?:\s+of\s+(?:which|whom|them|these|those))?\s+(?:\p{Ll}+(?:ed|en)|built|held|made|won|sold|set|began|took|went|came|became)\b/iu.test(body);
}

const CONNECTIVE_START = /^(?:and|but|so|or|yet|then|where|which|who|whom|when|while|whereas|although)\b/i;

function readsWell(event: DatedEvent): boolean {
  const questionBody = event.question.replace(/^(?:until |since |by )?when\s+(?:did|was|were|does|is|had)\s+/i, "");
  if (CONNECTIVE_START.test(event.statement) || CONNECTIVE_START.test(questionBody)) return false;
  // Two sentences glued ("When did art. She found ..."): the splitter took an abbreviation for an end.
  if (/\b\p{Lu}\p{Ll}{0,3}\.\s+\p{Lu}/u.test(event.question) || /^\p{Lu}\p{Ll}*\.\s/u.test(event.statement)) return false;
  if (/\b(?:did|does|do)\s+(?:[\w'-]+\s+){0,3}?[a-z]+ed\b/.test(event.question) && !/\bdid\s+\S+\s+(?:need|feed|seed|speed|shed|bleed|breed|lead|embed)\b/.test(event.question)) return false;
  if (/^(?:when\s+\S+\s+)(?:\p{Ll}+\s+)?(?:he|she|it|they|his|her|its|their)\b/iu.test(event.question)) return false;
  // A colon, a parenthesis left open, a name cut to a lower-case first word, or a subject that is
  // only "the first" / "many of which": the sentence reader lost the clause's shape.
  if (/[:(]/.test(questionBody) && !/\([^)]*\)/.test(questionBody)) return false;
  if (/^\p{Ll}[\p{L}'’-]*\s+\p{Lu}/u.test(questionBody) && !/^(?:the|a|an)\s/.test(questionBody)) return false;
  if (/^(?:the\s+(?:first|last|second|third|latter|former)|many\s+of\s+which|some\s+of\s+which|most\s+of\s+which)\s+\p{Ll}+(?:ed|en)?\b/iu.test(questionBody)) return false;
  // "X was an activist who served as president from 1994 to 1999": the sentence reader cannot
  // tell whether the date was the relative clause's; "agreed to triple capacity by 2030": nor
  // whether a deadline was the infinitive's.
  if (/(?<!,|\b(?:under|in|of|by|with|from|to|for|on|at|through|during))\s(?:who|which|that)\s+\p{Ll}/u.test(event.statement)) return false;
  // "… lower than a year earlier after the regulator cut the price cap in April": the date may be the subordinate clause's.
  if (/\s(?:after|before|since|until|because|when|while)\s+(?:the|a|an|his|her|its|their|he|she|it|they)\s+(?:\p{L}+\s+){0,3}?\p{Ll}+(?:ed|ut|et|ew|an|ame|ent|ook|ought|old|ose)\b/u.test(event.statement)) return false;
  // "defeated him at Stamford Bridge": a person the card cannot show ("it" and "them" mostly point inside the sentence).
  if (/\bhim\b/i.test(questionBody) || /\bher\b(?=\s*(?:at|in|on|to|with|from|for|by|and|\?|$))/i.test(questionBody)) return false;
  if (/^by when\b/i.test(event.question) && /\bto\s+\p{Ll}+/u.test(questionBody)) return false;
  return true;
}
