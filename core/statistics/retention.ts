/**
 * True retention, as Anki's statistics define it: of the answers given to cards in the review
 * phase, the share that were not Again. Young cards were on an interval under 21 days when
 * answered, mature ones on 21 days or more. Learning and relearning answers do not count.
 */

export const MATURE_INTERVAL_DAYS = 21;

export interface PassFail {
  passed: number;
  failed: number;
}

/** One study day's answers, or a span's. */
export interface DayAnswers {
  /** Every answer (1-4) that day, any phase: what the heatmap counts. */
  reviews: number;
  young: PassFail;
  mature: PassFail;
}

export const emptyDayAnswers = (): DayAnswers => ({ reviews: 0, young: { passed: 0, failed: 0 }, mature: { passed: 0, failed: 0 } });

export interface RetentionRate extends PassFail {
  /** passed / (passed + failed), or null when there was nothing to measure. */
  rate: number | null;
}

export interface RetentionPeriod {
  key: "today" | "yesterday" | "week" | "month" | "year" | "all";
  label: string;
  young: RetentionRate;
  mature: RetentionRate;
  total: RetentionRate;
}

const PERIODS: { key: RetentionPeriod["key"]; label: string; from: number; to: number }[] = [
  { key: "today", label: "Today", from: 0, to: 0 },
  { key: "yesterday", label: "Yesterday", from: 1, to: 1 },
  { key: "week", label: "Last 7 days", from: 6, to: 0 },
  { key: "month", label: "Last 30 days", from: 29, to: 0 },
  { key: "year", label: "Last 365 days", from: 364, to: 0 },
];

function rateOf({ passed, failed }: PassFail): RetentionRate {
  const answered = passed + failed;
  return { passed, failed, rate: answered > 0 ? passed / answered : null };
}

function add(into: PassFail, from: PassFail): void {
  into.passed += from.passed;
  into.failed += from.failed;
}

/**
 * Retention per period from answers per study day (`daily`, keyed by day number, covering at
 * least the last 365 days) and the sum of everything older (`earlier`).
 */
export function buildTrueRetention(daily: ReadonlyMap<number, DayAnswers>, earlier: DayAnswers, today: number): RetentionPeriod[] {
  const sum = (fromDay: number, toDay: number) => {
    const young: PassFail = { passed: 0, failed: 0 };
    const mature: PassFail = { passed: 0, failed: 0 };
    for (const [day, answers] of daily) {
      if (day < fromDay || day > toDay) continue;
      add(young, answers.young);
      add(mature, answers.mature);
    }
    return { young, mature };
  };
  const period = (key: RetentionPeriod["key"], label: string, young: PassFail, mature: PassFail): RetentionPeriod => ({
    key,
    label,
    young: rateOf(young),
    mature: rateOf(mature),
    total: rateOf({ passed: young.passed + mature.passed, failed: young.failed + mature.failed }),
  });

  const rows = PERIODS.map(({ key, label, from, to }) => {
    const { young, mature } = sum(today - from, today - to);
    return period(key, label, young, mature);
  });
  const all = sum(-Infinity, today);
  add(all.young, earlier.young);
  add(all.mature, earlier.mature);
  rows.push(period("all", "All time", all.young, all.mature));
  return rows;
}
