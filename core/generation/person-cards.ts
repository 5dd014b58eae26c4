// Person -> what they did, what -> who, and the offices a person held over time.

import { datePhrase } from "./calendar";
import { explain, nameWithRoleNote, namedWithRole, tidyQuestion, type BuildContext, type CardDraft } from "./card-draft";
import type { Person, PersonAction } from "./fact-types";
import { upperFirst, uniqueSorted } from "./text";

const SAYING_VERBS = /^(?:announce|say|declare|state|claim|argue|promise|insist|explain|stress|note|warn)$/;

export function buildPersonCards(ctx: BuildContext): CardDraft[] {
  const drafts: CardDraft[] = [];
  for (const action of ctx.facts.actions) {
    // "Who drew up a plan?" says too little to be answerable.
    if (action.object.split(/\s+/).length < 3 && !action.date && !action.circumstance) continue;
    const { questionTail, answerTail } = splitCircumstance(action);
    const when = action.date ? ` ${datePhrase(action.date)}` : "";
    const object = objectAsAnswer(action);
    const explanation = explain(ctx, action.sentenceIds, action.date?.derivation);
    drafts.push({
      kind: "personToAction",
      prompt: tidyQuestion(`What did ${namedWithRole(action.person, action.role)} ${action.base}${questionTail}${when}?`),
      answer: upperFirst(`${object}${answerTail}`),
      explanation,
      sourceSentenceIds: action.sentenceIds,
    });
    if (!action.initiative) continue;
    const neutral = /^(?:he|she)\b/.test(action.object) ? object : action.object.replace(/\b(?:his|her)\b/g, "their");
    drafts.push({
      kind: "actionToPerson",
      prompt: tidyQuestion(`Who ${action.verb} ${neutral}${answerTail}${questionTail.replace(/\b(?:his|her)\b/g, "a")}${when}?`),
      answer: nameWithRoleNote(action.person, action.role),
      explanation,
      sourceSentenceIds: action.sentenceIds,
    });
  }
  for (const person of ctx.facts.people) {
    const card = roleChangeCard(ctx, person);
    if (card) drafts.push(card);
  }
  drafts.push(...capacityCards(ctx));
  return drafts;
}

// For someone whose office changes, which office they held for each act.
function capacityCards(ctx: BuildContext): CardDraft[] {
  const drafts: CardDraft[] = [];
  for (const action of ctx.facts.actions) {
    const person = ctx.facts.people.find((p) => p.name === action.person);
    const titles = new Set(person?.roles.map((r) => r.title.toLowerCase()));
    if (!action.role || titles.size < 2) continue;
    const when = action.date ? ` ${datePhrase(action.date)}` : "";
    drafts.push({
      kind: "basic",
      prompt: `In what capacity did ${action.person} ${action.base} ${action.object}${when}?`,
      answer: `As ${action.role.title}`,
      explanation: explain(ctx, action.sentenceIds),
      sourceSentenceIds: action.sentenceIds,
    });
  }
  return drafts;
}

// "at her speech in Lyon" narrows the question; "with the announcement of X" is part of the answer.
function splitCircumstance(action: PersonAction): { questionTail: string; answerTail: string } {
  const circumstance = action.circumstance;
  if (!circumstance) return { questionTail: "", answerTail: "" };
  if (/^with\b/.test(circumstance)) return { questionTail: "", answerTail: `, ${circumstance}` };
  if (/^as\b/.test(circumstance)) return { questionTail: "", answerTail: ` ${circumstance}` };
  return { questionTail: ` ${circumstance}`, answerTail: "" };
}

// "announced he was going to ..." answers best as "That he was going to ...".
function objectAsAnswer(action: PersonAction): string {
  const verb = action.base.split(" ")[0]!;
  if (SAYING_VERBS.test(verb) && /^(?:he|she|they|it|the|[A-Z])\S*\s+\S+/.test(action.object) && /\b(?:was|were|would|had|is|will)\b/.test(action.object)) {
    return `that ${action.object}`;
  }
  return action.object;
}

// A person the text gives two different offices, e.g. foreign minister and later prime minister.
function roleChangeCard(ctx: BuildContext, person: Person): CardDraft | undefined {
  const titles: string[] = [];
  const ids: number[] = [];
  for (const role of person.roles) {
    if (titles.some((t) => t.toLowerCase() === role.title.toLowerCase())) continue;
    titles.push(role.title);
    ids.push(role.sentenceId);
  }
  if (titles.length < 2) return undefined;
  return {
    kind: "basic",
    prompt: `Which offices does the article say ${person.name} held, in the order it mentions them?`,
    answer: titles.map((t, i) => (i === 0 ? upperFirst(t) : t)).join("; "),
    explanation: explain(ctx, uniqueSorted(ids)),
    sourceSentenceIds: uniqueSorted(ids),
  };
}
