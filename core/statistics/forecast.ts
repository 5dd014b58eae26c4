import { dayLabel, type DayIndexer } from "./day-index";

export const FORECAST_DAYS = 30;

export interface ForecastDay {
  day: number;
  /** YYYY-MM-DD */
  date: string;
  /** "Today", "Tomorrow", or the date. */
  label: string;
  due: number;
  /** Due on this day or before, from today on. */
  cumulative: number;
}

export interface DueForecast {
  days: ForecastDay[];
  /** Due before today began: counted in today's column, as Anki does. */
  overdue: number;
  total: number;
}

/**
 * Cards coming due on each of the next `days` study days, today first, from the instants
 * (ms) the cards are due. Anything already due counts for today; anything later is left out.
 */
export function buildDueForecast(dueTimes: Iterable<number>, days: DayIndexer, now: Date, span = FORECAST_DAYS): DueForecast {
  const today = days.dayOf(now.getTime());
  const counts = new Array<number>(span).fill(0);
  let overdue = 0;
  for (const due of dueTimes) {
    const offset = days.dayOf(due) - today;
    if (offset < 0) overdue += 1;
    if (offset < span) counts[Math.max(0, offset)]! += 1;
  }
  let cumulative = 0;
  const forecast = counts.map((due, offset) => {
    cumulative += due;
    const date = dayLabel(today + offset);
    return { day: today + offset, date, label: offset === 0 ? "Today" : offset === 1 ? "Tomorrow" : date, due, cumulative };
  });
  return { days: forecast, overdue, total: cumulative };
}
