// What people did. Only two shapes count as evidence of who acted: the person is the subject of
// a clause ("X called for Y", "he proposed Y"), or the agent right after a participle ("Y was
// outlined by X", "a vision put forward by X"). A name inside another noun phrase ("the
// initiatives by X") or a "by X" that belongs to a different verb never makes X the actor.

import type { Analysis } from "./analysis";
import { ROLE_TITLES } from "./lexicon";
import { nounPhraseEndingAt } from "./events";
import type { FactDate, PersonAction, PersonRole } from "./fact-types";
import type { PersonMention } from "./people";
import { resolvePerson, resolveText } from "./references";
import { clauseEnd, clauseSegments, parseClause, splitLeading } from "./syntax";
import { tidyClause, uniqueSorted } from "./text";
import { baseOfParticiple, baseOfPast, pastOfParticiple } from "./verbs";

const INITIATIVE_VERBS = new Set(["propose", "put", "announce", "outline", "introduce", "call", "initiate", "launch", "found", "establish", "create", "advocate", "suggest", "present", "unveil", "sign", "declare", "design", "invent", "devise", "conceive", "formulate", "champion", "promote", "lead", "build", "commission", "draft", "sponsor", "pioneer"]);
const PARTICLES = new Set(["for", "forward", "out", "up", "off", "back", "down", "over"]);
const INITIATIVE_NOUN = /\b(?:concept|vision|initiative|idea|plan|policy|proposal|programme|program|strategy|doctrine|project|reform|design|dialogue|mechanism)\b/i;

interface Segment {
  start: number;
  stop: number;
  text: string;
  /** The first clause: a date in the sentence's opening phrase applies to it. */
  opening?: boolean;
}

/** Verbs that state what someone was rather than what they did. */
const STATE_VERBS = new Set(["be", "become", "remain", "serve", "seem", "appear", "stay"]);


export function extractActions(analysis: Analysis): PersonAction[] {
  const actions: PersonAction[] = [];
  for (const sentence of analysis.sentences) {
    const mentions = analysis.people.mentions.get(sentence.id) ?? [];
    const hasPronoun = /\b(?:he|she)\b/i.test(sentence.text);
    if (mentions.length === 0 && !hasPronoun) continue;
    segmentsOf(analysis, sentence.id).forEach((segment, index) => {
      const action = subjectAction(analysis, sentence.id, { ...segment, opening: index === 0 }, mentions);
      if (action) actions.push(action);
    });
    actions.push(...agentActions(analysis, sentence.id, mentions));
  }
  return actions;
}

// The main clause and the clauses joined to it by "as he", "and he", "which ...".
function segmentsOf(analysis: Analysis, sentenceId: number): Segment[] {
  const text = analysis.sentences[sentenceId]!.text;
  const spans = (analysis.datesBySentence.get(sentenceId) ?? []).map((d) => ({ start: d.start, end: d.end }));
  return clauseSegments(text, splitLeading(text, spans).bodyStart).map((s) => ({ start: s.start, stop: s.stop, text: text.slice(s.start, s.stop) }));
}

function subjectAction(analysis: Analysis, sentenceId: number, segment: Segment, mentions: readonly PersonMention[]): PersonAction | undefined {
  const clause = parseClause(tidyClause(segment.text).replace(/[.!?]+$/, ""));
  if (!clause || clause.tense !== "past" || clause.auxiliary || !clause.base) return undefined;
  const subjectStart = segment.start + segment.text.indexOf(clause.subject);
  const subjectEnd = subjectStart + clause.subject.length;
  let person: number | undefined;
  const extra: number[] = [];
  const mention = mentions.find((m) => m.end === subjectEnd && m.start >= subjectStart && isTitleOnly(analysis.sentences[sentenceId]!.text.slice(subjectStart, m.start)));
  if (mention) person = mention.person;
  else if (/^(?:he|she)$/i.test(clause.subject)) {
    const found = resolvePerson(analysis, sentenceId, subjectStart);
    person = found?.person;
    if (found) extra.push(found.sentenceId);
  }
  if (person === undefined) return undefined;
  let verb = clause.head;
  let base = clause.base;
  let object = clause.rest;
  const particle = /^([a-z]+)\s+/.exec(object);
  if (particle && PARTICLES.has(particle[1]!)) {
    verb = `${verb} ${particle[1]}`;
    base = `${base} ${particle[1]}`;
    object = object.slice(particle[0].length);
  } else if (particle && /^(?:in|at|on|to|into|from|with|by|as|after|before)$/.test(particle[1]!)) {
    return undefined;
  }
  // "studied natural sciences at Newnham, and graduated in 1941": the second verb is another action, with its own date.
  let own = segment;
  // "…the Nobel Prize, and Bosch shared the prize in 1931": a clause with its own subject ends the object too.
  const verbAfterAnd = /,?\s+(?:and|but)\s+(?:then\s+|later\s+)?(\p{Ll}+)\b/u.exec(object);
  const clauseAfterAnd = /,\s+(?:and|but)\s+(?:\p{Lu}\S*|(?:the|a|an|his|her|their|its)\s+\S+)\s+(?:\S+\s+){0,2}?(\p{Ll}+)\b/u.exec(object);
  const coordinated =
    verbAfterAnd && (baseOfPast(verbAfterAnd[1]!) !== undefined || /^(?:could|would|did|was|were|had|never|not)$/.test(verbAfterAnd[1]!))
      ? verbAfterAnd
      : clauseAfterAnd && baseOfPast(clauseAfterAnd[1]!) !== undefined
        ? clauseAfterAnd
        : null;
  if (coordinated) {
    object = object.slice(0, coordinated.index);
    const cut = segment.text.indexOf(coordinated[0]);
    if (cut >= 0) own = { ...segment, stop: segment.start + cut, text: segment.text.slice(0, cut) };
  }
  // "visited the area on Wednesday afternoon": a time of day or week is no part of what was done.
  object = object.replace(/\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|last\s+(?:night|week|month|year)|this\s+(?:morning|afternoon|evening|week))\b/g, "");
  // "left England four months after her birth": the object ends before a span of time.
  object = object.replace(/\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(?:days?|weeks?|months?|years?|decades?|centuries)\b.*$/i, "");
  const roleInObject = /\s+as\s+(?:the\s+)?(\p{Lu}[\p{L}\s-]*?)(?=,|$)/u.exec(object);
  if (roleInObject) object = object.slice(0, roleInObject.index) + object.slice(roleInObject.index + roleInObject[0].length);
  object = tidyClause(object.replace(/,\s*however$/i, ""));
  if (STATE_VERBS.has(clause.base) || /^(?:it|them|this|that|these|those|the (?:post|office|position|role))\b/i.test(object)) return undefined;
  const resolvedObject = resolveText(analysis, sentenceId, object, subjectEnd, !/^(?:his|her)\b/.test(object));
  if (object.split(/\s+/).length < 2 || !resolvedObject) return undefined;
  return buildAction(analysis, sentenceId, person, verb, base, object, undefined, own, mention, [...extra, ...resolvedObject.sentenceIds]);
}

// "Y was outlined by X", ", which was outlined by X", "a vision put forward by X".
function agentActions(analysis: Analysis, sentenceId: number, mentions: readonly PersonMention[]): PersonAction[] {
  const text = analysis.sentences[sentenceId]!.text;
  const actions: PersonAction[] = [];
  for (const mention of mentions) {
    const before = text.slice(0, mention.start);
    const agent = /([\p{L}-]+)(\s+(?:forward|out|up|down|off))?\s+by\s+(?:(?:the|then|former)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.exec(before);
    if (!agent) continue;
    const participle = agent[1]!;
    if (baseOfParticiple(participle) === undefined) continue;
    const particle = agent[2]?.trim();
    const verbText = particle ? `${pastOfParticiple(participle)} ${particle}` : pastOfParticiple(participle);
    const base = `${baseOfParticiple(participle)}${particle ? ` ${particle}` : ""}`;
    const head = before.slice(0, agent.index).trimEnd();
    const passive = /\b(?:was|were|has been|had been|is|are)(?:\s+\p{Ll}+ly)?$/u.exec(head);
    let object: string | undefined;
    const extra: number[] = [];
    if (passive) {
      const relative = /,\s+(?:which|who)\s+$/.exec(head.slice(0, passive.index));
      if (relative) object = nounPhraseEndingAt(head.slice(0, relative.index));
      else {
        const subject = parseClause(head.slice(splitLeading(head, []).bodyStart) + " " + participle)?.subject;
        const resolved = subject ? resolveText(analysis, sentenceId, subject) : undefined;
        object = resolved?.text;
        extra.push(...(resolved?.sentenceIds ?? []));
      }
    } else {
      object = nounPhraseEndingAt(head);
      // "a team at the University of Oxford led by X": the noun before the preposition is what X led.
      if (object && /\b(?:at|in|of|from|on|for|with|near|under)\s+$/i.test(head.slice(0, head.length - object.length))) continue;
    }
    if (!object) continue;
    const after = text.slice(mention.end, clauseEnd(text, mention.end)).replace(/[.!?]+$/, "");
    const circumstance = /^\s+(with|at|in|during)\s/.test(after) ? tidyClause(after) : undefined;
    const segment = { start: agent.index, stop: mention.end + after.length, text: text.slice(agent.index, mention.end + after.length), opening: true };
    const action = buildAction(analysis, sentenceId, mention.person, verbText, base, object, circumstance, segment, mention, extra);
    if (action) actions.push(action);
  }
  return actions;
}

function buildAction(
  analysis: Analysis,
  sentenceId: number,
  person: number,
  verb: string,
  base: string,
  object: string,
  circumstance: string | undefined,
  segment: Segment,
  mention: PersonMention | undefined,
  resolvedFrom: readonly number[],
): PersonAction | undefined {
  const ids = new Set<number>([sentenceId, ...resolvedFrom]);
  const named = analysis.people.people[person]!;
  // A surname alone ("Lee chose ...") is backed by the sentence that gave the full name.
  if (mention && analysis.sentences[sentenceId]!.text.slice(mention.start, mention.end) !== named.name) ids.add(named.sentenceIds[0]!);
  const role = roleFor(analysis, person, sentenceId, mention);
  if (role) ids.add(role.sentenceId);
  const dates = (analysis.datesBySentence.get(sentenceId) ?? []).filter(
    (d) => d.kind !== "planned" && !/^for\s/i.test(analysis.sentences[sentenceId]!.text.slice(d.start, d.end)) && (d.start >= segment.start ? d.end <= segment.stop : segment.opening === true && precedesAsOpening(analysis, sentenceId, d.start)),
  );
  const date: FactDate | undefined = dates.length === 1 ? dates[0]!.date : undefined;
  if (date?.anchorSentenceId !== undefined) ids.add(date.anchorSentenceId);
  const cleanObject = stripDates(object, dates.map((d) => analysis.sentences[sentenceId]!.text.slice(d.start, d.end))).replace(/\s*\([^)]*\)/g, "");
  const verbBase = (baseOfPast(verb.split(" ")[0]!) ?? base.split(" ")[0])!;
  const action: PersonAction = {
    person: analysis.people.people[person]!.name,
    verb,
    base,
    object: cleanObject,
    initiative: INITIATIVE_VERBS.has(verbBase) || INITIATIVE_NOUN.test(cleanObject) || /[‘“"']/.test(cleanObject),
    sentenceIds: uniqueSorted(ids),
  };
  if (role) action.role = role;
  if (date) action.date = date;
  if (circumstance) action.circumstance = stripDates(circumstance, dates.map((d) => analysis.sentences[sentenceId]!.text.slice(d.start, d.end)));
  return action;
}

// "the former foreign minister X": only a title may stand before the name in a subject, so that
// "the initiatives by X" does not make X the subject.
function isTitleOnly(prefix: string): boolean {
  const words = prefix.trim().toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  return words.every((w) => TITLE_WORDS.has(w));
}

const TITLE_WORDS = new Set(["the", "then", "former", "later", "current", "acting", "late", ...ROLE_TITLES.flatMap((t) => t.split(" "))]);

function precedesAsOpening(analysis: Analysis, sentenceId: number, offset: number): boolean {
  const text = analysis.sentences[sentenceId]!.text;
  return splitLeading(text, analysis.datesBySentence.get(sentenceId) ?? []).leading.some((l) => l.kind === "date" && offset >= l.start && offset < l.end);
}

function stripDates(text: string, dateSpans: string[]): string {
  let result = text;
  for (const span of dateSpans) result = result.replace(span, "");
  return tidyClause(result);
}

// The role the text gives the person in this sentence, or in the sentence just before.
function roleFor(analysis: Analysis, person: number, sentenceId: number, mention: PersonMention | undefined): PersonRole | undefined {
  if (mention?.role) return mention.role;
  const roles = analysis.people.people[person]!.roles;
  return roles.filter((r) => r.sentenceId === sentenceId || r.sentenceId === sentenceId - 1).pop();
}
