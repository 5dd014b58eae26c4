// "Put these events in order" cards. Only events whose dates cannot overlap are ordered
// against each other ("1999" and "June 1999" cannot be ordered).

import { explain, type BuildContext, type CardDraft } from "./card-draft";
import type { DatedEvent } from "./fact-types";
import { hashString, stripFinalStop } from "./text";

const PER_CARD = 4;

/**
 * Events that can be put in order, as groups of up to four, oldest first. Precise dates are
 * chosen first, so a vague "1999" never crowds out "26 August 1999"; an event is kept only if
 * its date overlaps none already kept (neighbours in a sorted list, so O(n log n)).
 */
export function orderableGroups(events: readonly DatedEvent[]): DatedEvent[][] {
  const byPrecision = [...events]
    .filter((e) => e.kind !== "planned" && e.bound === undefined)
    .sort((a, b) => a.date.lastDay - a.date.firstDay - (b.date.lastDay - b.date.firstDay) || a.date.firstDay - b.date.firstDay || (a.short < b.short ? -1 : 1));
  const chain: DatedEvent[] = [];
  for (const event of byPrecision) {
    let low = 0;
    let high = chain.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (chain[mid]!.date.firstDay < event.date.firstDay) low = mid + 1;
      else high = mid;
    }
    const before = chain[low - 1];
    const after = chain[low];
    if ((before && before.date.lastDay >= event.date.firstDay) || (after && after.date.firstDay <= event.date.lastDay)) continue;
    chain.splice(low, 0, event);
  }
  const groups: DatedEvent[][] = [];
  for (let i = 0; i < chain.length; i += PER_CARD) groups.push(chain.slice(i, i + PER_CARD));
  if (groups.length > 1 && groups[groups.length - 1]!.length < 3) {
    const tail = groups.pop()!;
    groups[groups.length - 1]!.push(...tail);
  }
  return groups.filter((g) => g.length >= 3);
}

/** A fixed order that is not the answer: sorted by a hash of each statement. */
export function shuffled<T>(items: readonly T[], label: (item: T) => string): T[] {
  return [...items].sort((a, b) => (hashString(label(a)) < hashString(label(b)) ? -1 : 1));
}

export function buildTimelineCards(ctx: BuildContext): CardDraft[] {
  return orderableGroups(ctx.facts.events).map((group) => {
    const shown = shuffled(group, (e) => e.short);
    const ids = [...new Set(group.flatMap((e) => e.sentenceIds))].sort((a, b) => a - b);
    return {
      kind: "timeline",
      prompt: `Put these events in chronological order: ${shown.map((e, i) => `(${String.fromCharCode(97 + i)}) ${stripFinalStop(e.short)}`).join("; ")}.`,
      answer: group.map((e) => `(${String.fromCharCode(97 + shown.indexOf(e))}) ${e.date.label}`).join(", "),
      explanation: explain(ctx, ids),
      sourceSentenceIds: ids,
    };
  });
}
