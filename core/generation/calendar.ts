// Pure calendar arithmetic on day numbers (days since 1970-01-01). Date.UTC only computes, it
// never reads the clock or the machine's time zone.

import { MONTHS, type Season } from "./lexicon";
import type { CalendarPoint, DateParts, FactDate } from "./fact-types";

const SEASON_MONTHS: Record<Season, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
};
const SEASON_EDTF: Record<Season, number> = { spring: 21, summer: 22, autumn: 23, winter: 24 };

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(days: number): { year: number; month: number; day: number } {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1);
}

export function parseIsoDay(value: string): CalendarPoint | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const point = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (point.month < 1 || point.month > 12 || point.day < 1 || point.day > daysInMonth(point.year, point.month)) return undefined;
  return point;
}

function span(point: CalendarPoint): [number, number] {
  if (point.decade) return [dayNumber(point.year, 1, 1), dayNumber(point.year + 9, 12, 31)];
  if (point.month !== undefined && point.day !== undefined) {
    const d = dayNumber(point.year, point.month, point.day);
    return [d, d];
  }
  if (point.month !== undefined) return [dayNumber(point.year, point.month, 1), dayNumber(point.year, point.month, daysInMonth(point.year, point.month))];
  if (point.season) {
    const [from, to] = SEASON_MONTHS[point.season];
    const endYear = point.year + (to > 12 ? 1 : 0);
    const endMonth = to > 12 ? to - 12 : to;
    return [dayNumber(point.year, from, 1), dayNumber(endYear, endMonth, daysInMonth(endYear, endMonth))];
  }
  return [dayNumber(point.year, 1, 1), dayNumber(point.year, 12, 31)];
}

function partsOf(point: CalendarPoint): DateParts {
  return { year: true, month: point.month !== undefined, day: point.day !== undefined, season: point.season !== undefined };
}

function seasonName(season: Season): string {
  return season.charAt(0).toUpperCase() + season.slice(1);
}

function labelOf(point: CalendarPoint, withYear = true): string {
  const year = withYear ? ` ${point.year}` : "";
  if (point.decade) return `the ${point.year}s`;
  if (point.month !== undefined && point.day !== undefined) return `${point.day} ${MONTHS[point.month - 1]}${year}`;
  if (point.month !== undefined) return `${MONTHS[point.month - 1]}${year}`;
  if (point.season) return `${seasonName(point.season)}${year}`;
  return String(point.year);
}

function isoOf(point: CalendarPoint): string {
  const y = String(point.year).padStart(4, "0");
  if (point.decade) return `${y.slice(0, 3)}X`;
  if (point.month !== undefined && point.day !== undefined) return `${y}-${String(point.month).padStart(2, "0")}-${String(point.day).padStart(2, "0")}`;
  if (point.month !== undefined) return `${y}-${String(point.month).padStart(2, "0")}`;
  if (point.season) return `${y}-${SEASON_EDTF[point.season]}`;
  return y;
}

export function makeDate(start: CalendarPoint, end?: CalendarPoint, derivation?: string, anchorSentenceId?: number): FactDate {
  const [firstDay] = span(start);
  const lastDay = span(end ?? start)[1];
  let label = labelOf(start);
  if (end) {
    const sameYear = end.year === start.year && !start.decade && !end.decade;
    label = `${labelOf(start, !sameYear)} to ${labelOf(end)}`;
  }
  const date: FactDate = {
    label,
    iso: end ? `${isoOf(start)}/${isoOf(end)}` : isoOf(start),
    parts: partsOf(start),
    start,
    firstDay,
    lastDay,
  };
  if (end) date.end = end;
  if (derivation) date.derivation = derivation;
  if (anchorSentenceId !== undefined) date.anchorSentenceId = anchorSentenceId;
  return date;
}

/** Another wording a student may type for the same date ("May 4, 1864", "1864-05-04"). */
export function dateVariants(date: FactDate): string[] {
  const variants = new Set<string>([date.label, date.iso]);
  const { start } = date;
  if (!date.end && start.month !== undefined && start.day !== undefined) {
    variants.add(`${MONTHS[start.month - 1]} ${start.day}, ${start.year}`);
    variants.add(`${String(start.day).padStart(2, "0")}.${String(start.month).padStart(2, "0")}.${start.year}`);
  }
  if (!date.end && start.month !== undefined && start.day === undefined) variants.add(`${MONTHS[start.month - 1]}, ${start.year}`);
  if (date.end) variants.add(date.label.replace(" to ", " through "));
  return [...variants];
}

/** Whether two dates could refer to overlapping days; overlapping dates cannot be ordered. */
export function datesOverlap(a: FactDate, b: FactDate): boolean {
  return a.firstDay <= b.lastDay && b.firstDay <= a.lastDay;
}

/** The preposition English puts before a date label. */
export function datePhrase(date: FactDate): string {
  if (date.end) return `from ${date.label}`;
  if (date.parts.day) return `on ${date.label}`;
  if (date.start.decade) return `in ${date.label}`;
  return `in ${date.label}`;
}
