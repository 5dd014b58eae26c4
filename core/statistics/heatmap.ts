import { dayLabel, weekdayOf } from "./day-index";

/** A year of whole weeks, Sunday first, ending with the week of today (as a calendar shows it). */
export const HEATMAP_WEEKS = 53;

export interface HeatmapCell {
  day: number;
  /** YYYY-MM-DD */
  date: string;
  /** Column, 0 = oldest week. */
  week: number;
  /** Row, 0 = Sunday. */
  weekday: number;
  count: number;
  /** 0 = no reviews, 1-4 = quarters of the busiest day. */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface ReviewHeatmap {
  cells: HeatmapCell[];
  weeks: number;
  /** Week columns where a month begins, for the labels above the grid. */
  months: { week: number; label: string }[];
  total: number;
  daysStudied: number;
  /** Days covered, today included. */
  dayCount: number;
  /** Reviews per day over the days covered. */
  dailyAverage: number;
  /** Days in a row with reviews, ending today (or yesterday while today has none yet). */
  currentStreak: number;
  longestStreak: number;
  busiest: { date: string; count: number } | null;
}

/** First study day a heatmap of `weeks` weeks ending with today's week shows. */
export function heatmapFirstDay(today: number, weeks = HEATMAP_WEEKS): number {
  return today - weekdayOf(today) - (weeks - 1) * 7;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function levelOf(count: number, max: number): HeatmapCell["level"] {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4)) as HeatmapCell["level"];
}

/** Reviews per study day (`counts`, keyed by day number) laid out as a calendar grid up to today. */
export function buildReviewHeatmap(counts: ReadonlyMap<number, number>, today: number, weeks = HEATMAP_WEEKS): ReviewHeatmap {
  const firstDay = heatmapFirstDay(today, weeks);
  let max = 0;
  for (let day = firstDay; day <= today; day += 1) max = Math.max(max, counts.get(day) ?? 0);

  const cells: HeatmapCell[] = [];
  const months: ReviewHeatmap["months"] = [];
  let total = 0;
  let daysStudied = 0;
  let run = 0;
  let longestStreak = 0;
  let busiest: ReviewHeatmap["busiest"] = null;
  for (let day = firstDay; day <= today; day += 1) {
    const count = counts.get(day) ?? 0;
    const date = dayLabel(day);
    const week = Math.floor((day - firstDay) / 7);
    cells.push({ day, date, week, weekday: weekdayOf(day), count, level: levelOf(count, max) });
    if (date.endsWith("-01") || day === firstDay) months.push({ week, label: MONTHS[Number(date.slice(5, 7)) - 1]! });
    total += count;
    if (count > 0) daysStudied += 1;
    run = count > 0 ? run + 1 : 0;
    longestStreak = Math.max(longestStreak, run);
    if (count > 0 && (!busiest || count > busiest.count)) busiest = { date, count };
  }
  let currentStreak = 0;
  for (let day = (counts.get(today) ?? 0) > 0 ? today : today - 1; day >= firstDay && (counts.get(day) ?? 0) > 0; day -= 1) currentStreak += 1;

  const dayCount = today - firstDay + 1;
  // A month starting in the first column's week would crowd the first label: keep the later one.
  const labels = months.filter((month, index) => !(index === 0 && months[1]?.week === month.week));
  return { cells, weeks, months: labels, total, daysStudied, dayCount, dailyAverage: total / dayCount, currentStreak, longestStreak, busiest };
}
