// Terms: quoted words and concepts, with what the article says they mean. A gloss in
// parentheses ("navvies" (labourers who ...)), after a dash, in a "which" clause, in a
// participle (‘soft power', using ...), or in a later sentence whose subject is the term
// ("It was seen as ...", "This concept envisioned ...").

import type { Analysis } from "./analysis";
import type { Term, TermDefinition } from "./fact-types";
import { resolvePerson, resolveText } from "./references";
import { clauseEnd, parseClause, splitLeading } from "./syntax";
import { normalizeForCompare, tidyClause } from "./text";
import { baseOfPast } from "./verbs";

const CATEGORY = /\b(concept|term|notion|idea|strategy|policy|doctrine|principle|slogan|motto|phrase|word|traditions?|vision|pattern|name|sphere|track|route|mission)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?$/i;
const SEEN_AS = /^(was|were)\s+((?:\p{Ll}+ly\s+)?)(seen|regarded|understood|defined|described|outlined|conceived|viewed|known|presented)\s+as\s+(.+)$/u;
const ACTIVE_DEFINING = /^(envisioned|envisaged|implied|meant|stood for|referred to|aimed at|called for|emphasi[sz]ed)\s+(.+)$/;

export function extractTerms(analysis: Analysis): Term[] {
  const terms = new Map<string, Term>();
  const topicName = analysis.topic ? normalizeForCompare(analysis.topic.name) : "";
  analysis.sentences.forEach((sentence, id) => {
    for (const quote of analysis.quotes[id]!) {
      const words = quote.inner.split(/\s+/).length;
      const key = termKey(quote.inner);
      if (words > 10 || quote.inner.length < 3 || isTopicName(analysis, topicName, quote.inner)) continue;
      const term = terms.get(key) ?? { term: quote.inner, definitions: [], sentenceIds: [] };
      if (!term.sentenceIds.includes(id)) term.sentenceIds.push(id);
      const before = sentence.text.slice(0, quote.start);
      const category = CATEGORY.exec(before)?.[1];
      if (category && !term.category) term.category = category.toLowerCase();
      if (term.sentenceIds.length === 1 && /\bthe\s+$/.test(before)) term.withThe = true;
      const after = sentence.text.slice(quote.end);
      for (const definition of definitionsAfter(analysis, id, before, after)) addDefinition(term, definition);
      terms.set(key, term);
    }
  });
  for (const sentence of analysis.sentences) laterDefinitions(analysis, sentence.id, terms);
  for (const term of terms.values()) term.sentenceIds.sort((a, b) => a - b);
  return [...terms.values()];
}

function isTopicName(analysis: Analysis, topicName: string, quoted: string): boolean {
  const key = normalizeForCompare(quoted);
  return (topicName.length > 0 && topicName.includes(key)) || (analysis.topic?.alias !== undefined && normalizeForCompare(analysis.topic.alias) === key);
}

export function termKey(term: string): string {
  return normalizeForCompare(term).replace(/^the\s+/, "");
}

function addDefinition(term: Term, definition: TermDefinition): void {
  if (term.definitions.some((d) => normalizeForCompare(d.text) === normalizeForCompare(definition.text))) return;
  term.definitions.push(definition);
}

function definitionsAfter(analysis: Analysis, sentenceId: number, before: string, after: string): TermDefinition[] {
  const found: TermDefinition[] = [];
  const ids = [sentenceId];
  const gloss = /^\s*\(([^()]+)\)/.exec(after);
  if (gloss && /^\p{Ll}/u.test(gloss[1]!) && !/\d/.test(gloss[1]!) && gloss[1]!.split(",").length <= 2 && gloss[1]!.split(/\s+/).length <= 12) {
    found.push({ relation: "gloss", text: gloss[1]!.trim(), sentenceIds: ids });
  }
  const dash = /^\s*[-–—]\s+((?:a|an|the)\s+[^,;.]+)/.exec(after);
  if (dash) found.push({ relation: "gloss", text: tidyClause(dash[1]!), sentenceIds: ids });
  const participle = /^\s*,\s*((?:using|meaning|referring to|denoting|involving|describing)\s+[^,;.]+)/.exec(after);
  if (participle) found.push({ relation: "description", text: tidyClause(participle[1]!), sentenceIds: ids });
  const which = /^\s*,?\s*which\s+(.+)$/.exec(after);
  if (which) {
    const clause = which[1]!.slice(0, clauseEnd(which[1]!, 0)).replace(/[.!?]+$/, "");
    const called = /^(he|she|they|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+(?:himself\s+|herself\s+|themselves\s+)?called\s+(.+)$/u.exec(clause);
    const being = /^((?:has|have|had)\s+)?((?:long|always|since|often)\s+)?(been|is|was|are|were)\s+((?:one of|a|an|the)\s.+)$/.exec(clause);
    if (called) {
      const caller = /^(?:he|she|they)$/.test(called[1]!) ? resolvePerson(analysis, sentenceId, before.length) : undefined;
      const name = caller ? analysis.people.people[caller.person]!.name : /^\p{Lu}/u.test(called[1]!) ? called[1]! : undefined;
      if (name) found.push({ relation: "calledBy", text: called[2]!, question: `What did ${name} call {term}?`, sentenceIds: ids });
    } else if (being) {
      const verb = `${being[1] ?? ""}${being[2] ?? ""}`.trim();
      const question = being[1] ? `According to the article, what ${being[1]!.trim()} {term} ${`${being[2] ?? ""}${being[3]}`.trim()}?` : `According to the article, what ${being[3]} {term}?`;
      if (verb || being[3]) found.push({ relation: "isA", text: being[4]!, question, sentenceIds: ids });
    }
  }
  const calledBefore = /\b((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:called|named|known as|dubbed)\s+(?:the\s+)?$/u.exec(before);
  if (calledBefore) {
    const verbAfter = /^\s+(\p{Ll}+)\s+(.+)$/u.exec(after.slice(0, clauseEnd(after, 0)).replace(/[.!?]+$/, ""));
    if (verbAfter && baseOfPast(verbAfter[1]!)) {
      found.push({ relation: "description", text: `${calledBefore[1]} that ${verbAfter[1]} ${verbAfter[2]}`, sentenceIds: ids });
    } else if (which) {
      const clause = which[1]!.slice(0, clauseEnd(which[1]!, 0)).replace(/[.!?]+$/, "").replace(/^(?:was|were)\s+/, "");
      if (/^\p{Ll}+ed\b/u.test(clause)) found.push({ relation: "description", text: `${calledBefore[1]}, ${clause}`, sentenceIds: ids });
    }
  }
  return found;
}

// "It was seen as ...", "This concept envisioned ...", "the corridor of X was outlined as ...":
// a sentence about a term named earlier.
function laterDefinitions(analysis: Analysis, sentenceId: number, terms: Map<string, Term>): void {
  const text = analysis.sentences[sentenceId]!.text;
  const spans = (analysis.datesBySentence.get(sentenceId) ?? []).map((d) => ({ start: d.start, end: d.end }));
  const { bodyStart } = splitLeading(text, spans);
  const main = text.slice(bodyStart, clauseEnd(text, bodyStart)).replace(/[.!?]+$/, "");
  const clause = parseClause(main);
  if (!clause) return;
  const resolved = resolveText(analysis, sentenceId, clause.subject, bodyStart);
  if (!resolved) return;
  const subject = normalizeForCompare(resolved.text).replace(/^(?:the|a|an)\s+/, "");
  const term = [...terms.values()]
    .filter((t) => subject.includes(termKey(t.term)) || (subject.split(" ").length >= 3 && termKey(t.term).includes(subject)))
    .sort((a, b) => Number(termKey(b.term) === subject) - Number(termKey(a.term) === subject) || b.term.length - a.term.length)[0];
  if (!term) return;
  const predicate = `${clause.head} ${clause.tail} ${clause.rest}`.replace(/\s+/g, " ").trim();
  const ids = [...new Set([sentenceId, ...resolved.sentenceIds])].sort((a, b) => a - b);
  const seen = SEEN_AS.exec(predicate);
  if (seen) {
    const subjectText = resolved.text.includes("‘") || resolved.text.includes("'") ? "{term}" : resolved.text.replace(/^The\s/, "the ");
    addDefinition(term, { relation: "description", text: `as ${tidyClause(seen[4]!)}`, question: `How ${seen[1]} ${subjectText} ${seen[2]}${seen[3]}?`, sentenceIds: ids });
    if (!term.sentenceIds.includes(sentenceId)) term.sentenceIds.push(sentenceId);
    return;
  }
  const active = ACTIVE_DEFINING.exec(predicate);
  if (active && !clause.auxiliary) {
    const base = active[1]!.split(" ").map((w, i) => (i === 0 ? (baseOfPast(w) ?? w) : w)).join(" ");
    addDefinition(term, { relation: "description", text: tidyClause(active[2]!), question: `What did {term} ${base}?`, sentenceIds: ids });
    if (!term.sentenceIds.includes(sentenceId)) term.sentenceIds.push(sentenceId);
  }
}
