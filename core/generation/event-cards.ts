// Date -> event and event -> date cards, one pair per dated event.

import { explain, type BuildContext, type CardDraft } from "./card-draft";
import type { DatedEvent } from "./fact-types";

export function buildEventCards(ctx: BuildContext): CardDraft[] {
  const drafts: CardDraft[] = [];
  const events = ctx.facts.events;
  const byStart = [...events].sort((a, b) => a.date.firstDay - b.date.firstDay);
  for (const event of events) {
    const note = event.date.derivation;
    const fact = `s${Math.min(...event.sentenceIds)}-${event.date.iso}`;
    const sure = { ...(event.confidence !== undefined ? { confidence: event.confidence } : {}), ...(event.doubt ? { doubt: event.doubt } : {}) };
    drafts.push({
      kind: "eventToDate",
      prompt: event.question,
      answer: event.date.label,
      explanation: explain(ctx, event.sentenceIds, note),
      sourceSentenceIds: event.sentenceIds,
      fact,
      ...sure,
    });
    if (isAmbiguousDate(event, byStart)) {
      if (event.subjectQuestion && !event.bound) {
        drafts.push({ kind: "dateToEvent", ...event.subjectQuestion, explanation: explain(ctx, event.sentenceIds, note), sourceSentenceIds: event.sentenceIds, fact, ...sure });
      }
      continue;
    }
    drafts.push({
      kind: "dateToEvent",
      prompt: event.dateQuestion ?? `What happened ${event.date.end ? "from" : event.date.parts.day ? "on" : "in"} ${event.date.label}?`,
      answer: event.dateAnswer ?? event.statement,
      explanation: explain(ctx, event.sentenceIds, note),
      sourceSentenceIds: event.sentenceIds,
      fact,
      ...sure,
    });
  }
  return drafts;
}

// "What happened in 1999?" has no single answer when another event falls within 1999. Only the
// events starting inside the date are read (binary search on the sorted list).
function isAmbiguousDate(event: DatedEvent, byStart: readonly DatedEvent[]): boolean {
  let low = 0;
  let high = byStart.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byStart[mid]!.date.firstDay < event.date.firstDay) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < byStart.length && byStart[i]!.date.firstDay <= event.date.lastDay; i++) {
    const other = byStart[i]!;
    if (other !== event && other.statement !== event.statement && other.date.lastDay <= event.date.lastDay) return true;
  }
  return false;
}
