// Quiz questions about dated events: typed dates, multiple choice among the article's other
// dates, true/false with a swapped date, timelines and date <-> event matching.

import { dateVariants, datesOverlap } from "./calendar";
import { arrangeOptions, byCloseness, pickDistractors } from "./choices";
import type { DatedEvent, FactDate } from "./fact-types";
import type { QuestionDraft, QuestionContext } from "./question-draft";
import { explainQuestion } from "./question-draft";
import { orderableGroups, shuffled } from "./timeline-cards";
import { lowerFirstWord } from "./analysis";
import { hashString, stripFinalStop, uniqueSorted } from "./text";
import type { DateAnswer } from "./types";

/** Candidate pool size for distractors: a window, not the whole article. */
const POOL = 12;

export function buildDateQuestions(ctx: QuestionContext): QuestionDraft[] {
  const drafts: QuestionDraft[] = [];
  const events = ctx.facts.events;
  const dates = uniqueDates(events);
  for (const event of events) {
    const explanation = explainQuestion(ctx, event.sentenceIds, event.date.derivation);
    // The same fact id as the event's cards (event-cards.ts).
    const base = { explanation, sourceSentenceIds: event.sentenceIds, fact: `s${Math.min(...event.sentenceIds)}-${event.date.iso}` };
    drafts.push({ ...base, type: "typed", prompt: event.question, answer: dateAnswer(event.date) });
    const distractors = dateDistractors(event.date, dates);
    const arranged = arrangeOptions(event.question, event.date.label, distractors);
    if (arranged) drafts.push({ ...base, type: "multipleChoice", prompt: event.question, ...arranged });
    if (event.kind === "planned") continue;
    const useFalse = parseInt(hashString(event.statement).slice(-1), 16) % 2 === 0 && distractors.length > 0;
    const date = useFalse ? dates.find((d) => d.label === distractors[0])! : event.date;
    drafts.push({ ...base, type: "trueFalse", prompt: "True or false?", statement: datedStatement(ctx, event, date), answer: !useFalse });
  }
  for (const group of orderableGroups(events)) {
    const ids = uniqueSorted(group.flatMap((e) => e.sentenceIds));
    const items = shuffled(group, (e) => e.short).map((e) => ({ id: `e${hashString(e.short).slice(0, 6)}`, label: stripFinalStop(e.short), date: dateAnswer(e.date) }));
    const order = group.map((e) => items.find((i) => i.label === stripFinalStop(e.short))!.id);
    const span = `${group[0]!.date.label} to ${group[group.length - 1]!.date.label}`;
    drafts.push({ type: "timeline", prompt: `Put these events (${span}) in chronological order.`, items, order, explanation: explainQuestion(ctx, ids), sourceSentenceIds: ids });
    const right = shuffled(group, (e) => e.date.label + e.short);
    drafts.push({
      type: "matching",
      prompt: `Match each date (${span}) with what happened then.`,
      left: group.map((e) => e.date.label),
      right: right.map((e) => stripFinalStop(e.short)),
      pairs: group.map((e) => right.indexOf(e)),
      explanation: explainQuestion(ctx, ids),
      sourceSentenceIds: ids,
    });
  }
  return drafts;
}

/** Distinct dates sorted by their first day. */
function uniqueDates(events: readonly DatedEvent[]): FactDate[] {
  const byLabel = new Map<string, FactDate>();
  for (const event of events) if (!byLabel.has(event.date.label)) byLabel.set(event.date.label, event.date);
  return [...byLabel.values()].sort((a, b) => a.firstDay - b.firstDay || (a.label < b.label ? -1 : 1));
}

// Other dates of the article with the same precision first, nearest in time first; never one
// that overlaps the answer (it could be right too). Only a window around the answer is read.
function dateDistractors(date: FactDate, dates: readonly FactDate[]): string[] {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (dates[mid]!.firstDay < date.firstDay) low = mid + 1;
    else high = mid;
  }
  const window = dates.slice(Math.max(0, low - POOL), low + POOL);
  const others = window.filter((d) => !datesOverlap(d, date));
  const samePrecision = others.filter((d) => d.parts.day === date.parts.day && d.parts.month === date.parts.month && !d.end === !date.end);
  const ordered = [...byCloseness(samePrecision, (d) => d.firstDay, date.firstDay, (d) => d.label), ...byCloseness(others, (d) => d.firstDay, date.firstDay, (d) => d.label)];
  return pickDistractors(date.label, ordered.slice(0, POOL * 2).map((d) => d.label), 3);
}

export function dateAnswer(date: FactDate): DateAnswer {
  return { kind: "date", value: date.label, iso: date.iso, parts: { ...date.parts }, accepted: dateVariants(date) };
}

function datedStatement(ctx: QuestionContext, event: DatedEvent, date: FactDate): string {
  const phrase = date.end ? `From ${date.label}` : date.parts.day ? `On ${date.label}` : `In ${date.label}`;
  return `${phrase}, ${lowerFirstWord(event.short, ctx.analysis)}`;
}
