import type { CardPhase } from "@/core/scheduling/memory-state";

export interface CardStateCount {
  phase: CardPhase;
  suspended: boolean;
  count: number;
}

export interface CardStateSummary {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  /** Suspended cards, whatever their phase (they are not counted in it). */
  suspended: number;
  total: number;
}

/**
 * Cards by state from the user's card states grouped by phase and suspension, and the number of
 * cards they can study: a card without a state has never been answered, so it is new.
 */
export function summarizeCardStates(rows: readonly CardStateCount[], totalCards: number): CardStateSummary {
  const summary: CardStateSummary = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, total: totalCards };
  let withState = 0;
  for (const row of rows) {
    withState += row.count;
    if (row.suspended) summary.suspended += row.count;
    else summary[row.phase] += row.count;
  }
  summary.new += Math.max(0, totalCards - withState);
  return summary;
}

export interface IntervalBucket {
  label: string;
  /** Inclusive bounds in days. */
  from: number;
  to: number;
  count: number;
}

export interface IntervalDistribution {
  buckets: IntervalBucket[];
  total: number;
  /** Mean interval in days, or null without review cards. */
  average: number | null;
  longest: number | null;
}

/** Spans that double roughly, so a young deck and a ten-year-old one both read well. */
const BUCKETS: [label: string, to: number][] = [
  ["1 day", 1],
  ["2 days", 2],
  ["3-6 days", 6],
  ["1-2 weeks", 14],
  ["2-4 weeks", 30],
  ["1-2 months", 60],
  ["2-3 months", 91],
  ["3-6 months", 182],
  ["6-12 months", 365],
  ["1-2 years", 730],
  ["2+ years", Number.POSITIVE_INFINITY],
];

/** Review cards' intervals (days), grouped by interval, in buckets. */
export function intervalDistribution(rows: readonly { scheduledDays: number; count: number }[]): IntervalDistribution {
  let from = 0;
  const buckets = BUCKETS.map(([label, to]) => {
    const bucket = { label, from, to, count: 0 };
    from = to + 1;
    return bucket;
  });
  let total = 0;
  let sum = 0;
  let longest: number | null = null;
  for (const row of rows) {
    const days = Math.max(0, row.scheduledDays);
    buckets.find((bucket) => days <= bucket.to)!.count += row.count;
    total += row.count;
    sum += days * row.count;
    if (row.count > 0) longest = Math.max(longest ?? 0, days);
  }
  return { buckets, total, average: total > 0 ? sum / total : null, longest };
}
