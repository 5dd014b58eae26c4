// Dates of an article, resolved. Explicit dates stand alone; "in November" takes its year from
// the nearest preceding explicit date or else from the publication date; "two days later" counts
// from the last explicit date; "eight years ago" counts back from the publication date.

import { dayNumber, fromDayNumber, makeDate } from "./calendar";
import { findDateCandidates, type DateCandidate } from "./date-patterns";
import { MONTHS, NUMBER_WORD_BY_VALUE, type Season } from "./lexicon";
import type { CalendarPoint, DateMention, FactDate } from "./fact-types";
import type { Sentence } from "./types";

/** How far back (in sentences) a relative date or a bare month may look for its anchor. */
const ANCHOR_WINDOW = 3;
/** How far a relative phrase counted in years may look back to the last date written out. */
const FAR_ANCHOR_WINDOW = 20;

interface Anchor {
  date: FactDate;
  sentenceId: number;
}

export function extractDateMentions(sentences: readonly Sentence[], referenceDate?: CalendarPoint): DateMention[] {
  const mentions: DateMention[] = [];
  let anchor: Anchor | undefined;
  /** The last date written out (not counted from another): "the following year", a paragraph on, still counts from it. */
  let firm: Anchor | undefined;
  for (const sentence of sentences) {
    for (const candidate of findDateCandidates(sentence.text)) {
      let recent = anchor && sentence.id - anchor.sentenceId <= ANCHOR_WINDOW ? anchor : undefined;
      // "In the following year", "two years later" further on: the story's last written date, not a counted one.
      const far = !recent && candidate.type === "relative" && /^(?:year|decade|season:\w+)$/.test(candidate.unit) && firm && sentence.id - firm.sentenceId <= FAR_ANCHOR_WINDOW;
      if (far) recent = firm;
      // A bare month further on still continues the story's year ("On 22 December", six sentences
      // after "8 November 1895"), unless the story runs close to the publication date anyway.
      const forMonth = recent ?? (anchor && !(referenceDate && Math.abs(referenceDate.year - anchor.date.start.year) <= 1) ? anchor : undefined);
      // A bare month in a list of dates ("in March and July 1995") takes the list's year, which this does not read: left out.
      if (candidate.type === "partial" && candidate.series) continue;
      // "higher than three years ago", "lower than a year earlier": a comparison, not when anything happened.
      if (candidate.type !== "point" && candidate.type !== "partial" && /\b(?:than|compared\s+(?:with|to))\s+$/i.test(sentence.text.slice(0, candidate.start))) continue;
      const resolved = resolve(candidate, sentence.text, candidate.type === "partial" ? forMonth : recent, referenceDate);
      if (!resolved) continue;
      const series = candidate.type === "point" && candidate.series ? { series: true as const } : {};
      const dateline = isDateline(sentence.text, candidate.start, candidate.stop) && !datelineIsEventDay(sentence.text, resolved.date) ? { dateline: true as const } : {};
      mentions.push({ sentenceId: sentence.id, start: candidate.start, end: candidate.stop, text: candidate.text, date: resolved.date, kind: resolved.kind, ...series, ...dateline });
      // "the 1970s" is no point to count "the following year" from.
      // "the smallest increase since October 2021": a bound of a comparison, not the story's time.
      const bound = /\bsince\s+$/i.test(sentence.text.slice(0, candidate.start));
      if (resolved.kind !== "planned" && resolved.kind !== "ago" && !series.series && !far && !bound && !resolved.date.start.decade && !inAside(sentence.text, candidate.start, candidate.stop)) {
        anchor = { date: resolved.date, sentenceId: sentence.id };
        if (resolved.kind === "explicit" || resolved.kind === "anchored") firm = anchor;
      }
    }
  }
  return mentions;
}

/** "LEEDS, 17 September — The council voted on Wednesday …": a dateline dates the report, not an event. */
function isDateline(text: string, start: number, stop: number): boolean {
  return /^\p{Lu}[\p{Lu}\s.'-]+,\s*$/u.test(text.slice(0, start)) && /^\s*[—–-]/.test(text.slice(stop));
}

const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * A report filed the day it tells of ("… defeated Kasparov today", "at midnight …") dates its
 * event by the dateline; one that says "yesterday", "last night" or another weekday than the
 * dateline's does not.
 */
function datelineIsEventDay(text: string, date: FactDate): boolean {
  if (/\b(?:yesterday|last\s+(?:night|week|month|year)|earlier\s+this\s+week)\b/i.test(text)) return false;
  const weekday = new RegExp(`\\b(?:on|last|this)\\s+(${WEEKDAYS.join("|")})\\b`).exec(text)?.[1];
  if (!weekday) return true;
  const { year, month, day } = date.start;
  if (month === undefined || day === undefined) return false;
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] === weekday;
}

/**
 * A date in an aside set off by commas ("The wall, erected on 13 August 1961, has divided ...")
 * is background: the narrative's time does not move to it, so later bare months and relative
 * phrases do not count from it.
 */
function inAside(text: string, start: number, stop: number): boolean {
  const before = text.slice(0, start);
  const opened = /,\s*(?:\p{Ll}+ed|built|born|made|written|begun|founded|which|who|then)\b[^,]*$/u.test(before);
  return opened && /^[^,.;]{0,40},/.test(text.slice(stop));
}

function resolve(
  candidate: DateCandidate,
  sentence: string,
  anchor: Anchor | undefined,
  referenceDate: CalendarPoint | undefined,
): { date: FactDate; kind: DateMention["kind"] } | undefined {
  switch (candidate.type) {
    case "point":
      return { date: makeDate(candidate.point, candidate.end), kind: candidate.planned ? "planned" : "explicit" };
    case "partial":
      return resolvePartial(candidate, sentence, anchor, referenceDate);
    case "relative": {
      if (!anchor) return undefined;
      const season = /^season:(\w+)$/.exec(candidate.unit)?.[1] as Season | undefined;
      if (season) {
        // The season's first month after the anchor's month (a year alone: the next year's).
        const from = anchor.date.end ?? anchor.date.start;
        const startMonth = SEASON_START[season];
        const year = from.month !== undefined && from.month < startMonth && !from.season ? from.year : from.year + 1;
        return { date: makeDate({ year, season }, undefined, `the ${season} after ${anchor.date.label}`, anchor.sentenceId), kind: "relative" };
      }
      const point = shift(anchor.date.start, candidate.amount * candidate.direction, candidate.unit);
      if (!point) return undefined;
      const amount = `${NUMBER_WORD_BY_VALUE.get(candidate.amount) ?? (candidate.amount === 1 ? "one" : candidate.amount)} ${candidate.unit}${candidate.amount === 1 ? "" : "s"}`;
      const derivation = `${amount} ${candidate.direction > 0 ? "after" : "before"} ${anchor.date.label}`;
      return { date: makeDate(point, undefined, derivation, anchor.sentenceId), kind: "relative" };
    }
    case "ago": {
      if (!referenceDate) return undefined;
      const point = shift(referenceDate, -candidate.amount, candidate.unit);
      if (!point) return undefined;
      const reference = makeDate(referenceDate).label;
      return { date: makeDate(point, undefined, `${candidate.text.replace(/\s+ago$/i, "")} before ${reference}, the article's date`), kind: "ago" };
    }
  }
}

/** How a derivation begins when a bare month was put in the year after the preceding date. */
export const ROLLED_OVER = "the year after the preceding date,";

// A month without a year: narrative texts continue the year of the date just before; otherwise
// a dated article means the latest such month up to its publication, unless the verb looks ahead.
function resolvePartial(
  candidate: Extract<DateCandidate, { type: "partial" }>,
  sentence: string,
  anchor: Anchor | undefined,
  referenceDate: CalendarPoint | undefined,
): { date: FactDate; kind: "anchored" } | undefined {
  const point = (year: number): CalendarPoint => (candidate.day ? { year, month: candidate.month, day: candidate.day } : { year, month: candidate.month });
  if (anchor && !anchor.date.start.decade) {
    const from = anchor.date.end ?? anchor.date.start;
    const anchorMonth = from.month ?? 0;
    // A month before the preceding date's month is taken to come after it, in the next year; a
    // flashback ("on 18 October" after "11 November 1989") reads the same, so the derivation says so.
    const rolled = candidate.month < anchorMonth && !/\b(?:earlier|previously|before that|ago|had)\b/i.test(sentence);
    const year = rolled ? from.year + 1 : from.year;
    const derivation = rolled ? `${ROLLED_OVER} ${anchor.date.label}` : `year taken from the preceding date, ${anchor.date.label}`;
    return { date: makeDate(point(year), undefined, derivation, anchor.sentenceId), kind: "anchored" };
  }
  if (!referenceDate || referenceDate.month === undefined) return undefined;
  const future = /\b(?:will|shall|is to|are to|plans? to|scheduled|next)\b/i.test(sentence);
  const year = candidate.month > referenceDate.month && !future ? referenceDate.year - 1 : referenceDate.year;
  const reference = makeDate(referenceDate).label;
  return { date: makeDate(point(year), undefined, `${MONTHS[candidate.month - 1]} before the article's date, ${reference}`), kind: "anchored" };
}

/** Moves a date by whole units, keeping only the precision the unit supports. */
function shift(from: CalendarPoint, amount: number, unit: string): CalendarPoint | undefined {
  if (unit === "day" || unit === "week") {
    if (from.month === undefined || from.day === undefined) return undefined;
    const days = dayNumber(from.year, from.month, from.day) + amount * (unit === "week" ? 7 : 1);
    return fromDayNumber(days);
  }
  if (unit === "month") {
    if (from.month === undefined) return undefined;
    const index = from.year * 12 + (from.month - 1) + amount;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  const years = unit === "decade" ? amount * 10 : unit === "century" ? amount * 100 : amount;
  return { year: from.year + years };
}
