// Quiz questions about people: "Who ...?" with other people of the article as distractors,
// true/false with a swapped person, and people <-> initiatives matching.

import { datePhrase } from "./calendar";
import { arrangeOptions, pickDistractors } from "./choices";
import type { PersonAction } from "./fact-types";
import { explainQuestion, type QuestionContext, type QuestionDraft } from "./question-draft";
import { shuffled } from "./timeline-cards";
import { hashString, normalizeForCompare, uniqueSorted, upperFirst } from "./text";

const MAX_PAIRS = 5;

export function buildPeopleQuestions(ctx: QuestionContext): QuestionDraft[] {
  const drafts: QuestionDraft[] = [];
  const names = ctx.facts.people.map((p) => p.name);
  const initiatives = ctx.facts.actions.filter((a) => a.initiative && !/^(?:he|she)\b/.test(a.object));
  const deeds = new Map<string, Set<string>>();
  for (const action of ctx.facts.actions) deeds.set(action.person, (deeds.get(action.person) ?? new Set()).add(normalizeForCompare(action.object)));
  for (const action of initiatives) {
    const did = (name: string) => deeds.get(name)?.has(normalizeForCompare(action.object)) ?? false;
    const explanation = explainQuestion(ctx, action.sentenceIds);
    const base = { explanation, sourceSentenceIds: action.sentenceIds };
    const prompt = `Who ${action.verb} ${neutral(action.object)}${action.date ? ` ${datePhrase(action.date)}` : ""}?`;
    const distractors = pickDistractors(action.person, names, 3, did);
    const arranged = arrangeOptions(prompt, action.person, distractors);
    if (arranged) drafts.push({ ...base, type: "multipleChoice", prompt, ...arranged });
    drafts.push({ ...base, type: "typed", prompt, answer: { kind: "text", value: action.person, accepted: [action.person, action.person.split(" ").pop()!] } });
    const useFalse = parseInt(hashString(prompt).slice(-1), 16) % 2 === 1 && distractors.length > 0;
    const who = useFalse ? distractors[0]! : action.person;
    drafts.push({ ...base, type: "trueFalse", prompt: "True or false?", statement: upperFirst(`${who} ${action.verb} ${action.object}${action.date ? ` ${datePhrase(action.date)}` : ""}.`), answer: !useFalse });
  }
  const matching = peopleMatching(ctx, initiatives);
  if (matching) drafts.push(matching);
  return drafts;
}

function sameDeed(a: PersonAction, b: PersonAction): boolean {
  return normalizeForCompare(a.object) === normalizeForCompare(b.object);
}

function neutral(object: string): string {
  return object.replace(/\b(?:his|her)\b/g, "their");
}

// One initiative per person, so each person has exactly one right match.
function peopleMatching(ctx: QuestionContext, initiatives: readonly PersonAction[]): QuestionDraft | undefined {
  const chosen: PersonAction[] = [];
  for (const action of initiatives) {
    if (chosen.length < MAX_PAIRS && !chosen.some((c) => c.person === action.person || sameDeed(c, action))) chosen.push(action);
  }
  if (chosen.length < 3) return undefined;
  const label = (a: PersonAction) => `${a.verb} ${neutral(a.object)}`;
  const right = shuffled(chosen, label);
  const ids = uniqueSorted(chosen.flatMap((a) => a.sentenceIds));
  return {
    type: "matching",
    prompt: "Match each person with what they did.",
    left: chosen.map((a) => a.person),
    right: right.map((a) => upperFirst(label(a))),
    pairs: chosen.map((a) => right.indexOf(a)),
    explanation: explainQuestion(ctx, ids),
    sourceSentenceIds: ids,
  };
}
