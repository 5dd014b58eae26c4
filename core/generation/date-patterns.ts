// Finds the words of a sentence that state a date. Resolution (which year a bare "November"
// means, what "two days later" counts from) happens in dates.ts; this file only reads text.

import * as chrono from "chrono-node";
import { MONTH_BY_NAME, NUMBER_WORDS, SEASON_BY_NAME, TIME_UNITS, type Season } from "./lexicon";
import type { CalendarPoint } from "./fact-types";

export type DateCandidate =
  | { type: "point"; point: CalendarPoint; end?: CalendarPoint; start: number; stop: number; text: string; planned: boolean; series?: true }
  | { type: "partial"; month: number; day?: number; start: number; stop: number; text: string; series?: true }
  | { type: "relative"; amount: number; unit: string; direction: 1 | -1; start: number; stop: number; text: string }
  | { type: "ago"; amount: number; unit: string; start: number; stop: number; text: string };

const M = "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
const S = "(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)";
const Y = "(?:1[0-9]{3}|20[0-9]{2})(?![\\d,.]\\d|\\s*%|\\s*(?:per|million|billion|thousand)\\b)";
const D = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
// Prepositions may open the sentence, so either case of their first letter is accepted.
const PREP = `(?:(?:${["in", "on", "at", "by", "from", "since", "until", "till", "during", "of", "before", "after", "around", "throughout", "through", "for", "between", "circa"].map(anyCase).join("|")})\\s+)?(?:(?:early|late|mid-?)\\s*)?(?:the\\s+)?`;

function anyCase(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
}
const AMOUNT = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several)";
const UNIT = "(days?|weeks?|months?|years?|decades?)";

type Built = DateCandidate extends infer C ? (C extends DateCandidate ? Omit<C, "start" | "stop" | "text"> : never) : never;

interface Pattern {
  regex: RegExp;
  build: (m: RegExpExecArray) => Built | undefined;
}

const WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";

const PATTERNS: Pattern[] = [
  {
    // "from Sunday 2 September to Thursday 6 September 1666", "from 3 March to 5 April 1990", "2–6 September 1666".
    regex: new RegExp(`\\b(?:(?:from|between)\\s+)?${WEEKDAY}(${D})(?:\\s+(?:of\\s+)?(${M}))?\\s*(?:to|until|till|through|and|[–-])\\s*${WEEKDAY}(${D})\\s+(?:of\\s+)?(${M}),?\\s+(${Y})`, "g"),
    build: (m) => dayRange(m[5]!, m[2] ?? m[4]!, m[1]!, m[4]!, m[3]!),
  },
  {
    // "from March 3 to April 5, 1990".
    regex: new RegExp(`\\b(?:from|between)\\s+${WEEKDAY}(${M})\\s+(${D})\\s*(?:to|until|till|through|and|[–-])\\s*${WEEKDAY}(?:(${M})\\s+)?(${D}),?\\s+(${Y})`, "g"),
    build: (m) => dayRange(m[5]!, m[1]!, m[2]!, m[3] ?? m[1]!, m[4]!),
  },
  {
    regex: new RegExp(`\\b(?:from|between)\\s+(?:the\\s+)?(${S}|${M})(?:\\s+(?:of\\s+)?(${Y}))?\\s+(?:through|to|until|till|and|[–-])\\s+(?:the\\s+)?(${S}|${M})\\s+(?:of\\s+)?(${Y})`, "g"),
    build: (m) => {
      const endYear = Number(m[4]);
      const startYear = m[2] ? Number(m[2]) : endYear;
      return { type: "point", point: seasonOrMonth(m[1]!, startYear), end: seasonOrMonth(m[3]!, endYear), planned: false };
    },
  },
  {
    regex: new RegExp(`\\b(?:from|between)\\s+(${Y})\\s+(?:to|and|until|through|till)\\s+(${Y})|\\b(${Y})\\s*[–-]\\s*(${Y})\\b`, "g"),
    build: (m) => {
      const a = Number(m[1] ?? m[3]);
      const b = Number(m[2] ?? m[4]);
      return b > a ? { type: "point", point: { year: a }, end: { year: b }, planned: false } : undefined;
    },
  },
  {
    regex: new RegExp(`\\b${PREP}(?:${M}\\s+${D},?\\s+${Y}|${D}\\s+(?:of\\s+)?${M},?\\s+${Y}|${M},?\\s+${Y})`, "g"),
    build: (m) => parseWithChrono(m[0]),
  },
  {
    regex: new RegExp(`\\b${PREP}(${S})\\s+(?:of\\s+)?(${Y})`, "g"),
    build: (m) => ({ type: "point", point: seasonOrMonth(m[1]!, Number(m[2])), planned: false }),
  },
  {
    regex: new RegExp(`\\b${PREP}(?:(?:beginning|start|end|middle|turn)\\s+of\\s+the\\s+)?(1[0-9]{2}0|20[0-9]0)s\\b`, "g"),
    build: (m) => ({ type: "point", point: { year: Number(m[1]), decade: true }, planned: false }),
  },
  {
    regex: new RegExp(`\\b${AMOUNT}\\s+${UNIT}\\s+ago\\b`, "gi"),
    build: (m) => {
      const amount = amountOf(m[1]!);
      return amount === undefined ? undefined : { type: "ago", amount, unit: TIME_UNITS.get(m[2]!.toLowerCase())! };
    },
  },
  {
    regex: new RegExp(`\\b${AMOUNT}\\s+${UNIT}\\s+(later|afterwards?|after that|earlier|before that)\\b`, "gi"),
    build: (m) => {
      const amount = amountOf(m[1]!);
      if (amount === undefined) return undefined;
      return { type: "relative", amount, unit: TIME_UNITS.get(m[2]!.toLowerCase())!, direction: /earlier|before/i.test(m[3]!) ? -1 : 1 };
    },
  },
  {
    // "the following spring": the first such season after the date before it.
    regex: /\b(?:the\s+)?(?:following|next)\s+(spring|summer|autumn|fall|winter)\b/gi,
    build: (m) => ({ type: "relative", amount: 1, unit: `season:${SEASON_BY_NAME.get(m[1]!.toLowerCase())!}`, direction: 1 }),
  },
  {
    regex: /\b(?:the\s+)?(following|next|previous|preceding)\s+(day|week|month|year)\b/gi,
    build: (m) => ({ type: "relative", amount: 1, unit: m[2]!.toLowerCase(), direction: /previous|preceding/i.test(m[1]!) ? -1 : 1 }),
  },
  {
    regex: new RegExp(`\\b(?:on\\s+)?(?:(${M})\\s+(${D})|(${D})\\s+(?:of\\s+)?(${M}))\\b(?!,?\\s*\\d)`, "g"),
    build: (m) => {
      const month = monthOf(m[1] ?? m[4]!);
      const day = parseInt(m[2] ?? m[3]!, 10);
      return month ? { type: "partial", month, day } : undefined;
    },
  },
  {
    regex: new RegExp(`\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|early|late|mid-?)\\s+(${M})(?![\\w-])(?!\\s+\\d)`, "g"),
    build: (m) => {
      const month = monthOf(m[1]!);
      return month ? { type: "partial", month } : undefined;
    },
  },
  {
    regex: new RegExp(`\\b(?:(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter|[Aa]round|[Ff]or|of|circa|c\\.)\\s+(?:(?:early|late|mid-?)\\s*)?|\\()(${Y})\\b`, "g"),
    build: (m) => ({ type: "point", point: { year: Number(m[1]) }, planned: false }),
  },
  {
    regex: new RegExp(`\\bthe\\s+(${Y})\\s+(?=[a-z])`, "g"),
    build: (m) => ({ type: "point", point: { year: Number(m[1]) }, planned: false }),
  },
];

const PLANNED_BEFORE = /\b(?:planned|scheduled|slated|due|intended|expected|set)\s+$/;

/** All date candidates of a sentence, earlier patterns winning overlaps, in text order. */
export function findDateCandidates(sentence: string): DateCandidate[] {
  const taken: DateCandidate[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(sentence); m; m = pattern.regex.exec(sentence)) {
      const start = m.index;
      const stop = start + m[0].replace(/\s+$/, "").length;
      if (taken.some((c) => start < c.stop && c.start < stop)) continue;
      const built = pattern.build(m);
      if (!built) continue;
      const text = dateWords(sentence.slice(start, stop));
      const candidate = { ...built, start, stop, text } as DateCandidate;
      // "a meeting planned for 2008" names a date something was meant to happen, not one it did.
      if (candidate.type === "point") candidate.planned = /^for\s/i.test(m[0]) && PLANNED_BEFORE.test(sentence.slice(0, start));
      taken.push(candidate);
    }
  }
  for (const candidate of taken) {
    if ((candidate.type === "point" || candidate.type === "partial") && inDateSeries(sentence, candidate.start, candidate.stop)) candidate.series = true;
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** A date word as it stands inside a list of dates: a year, a month, or a day and month. */
const SERIES_ITEM = `(?:${Y}|${M}(?:\\s+${D})?|${D}\\s+(?:of\\s+)?${M})`;
const SERIES_AFTER = new RegExp(`^(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)${SERIES_ITEM}\\b`);
const SERIES_BEFORE = new RegExp(`\\b${SERIES_ITEM}(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)$`);

/**
 * "in 1772, 1793 and 1795", "in March and July 1995": a date that is one of a list of dates. No
 * single event goes with it (what the sentence says happened at all of them), and a bare month in
 * such a list takes its year from the list, not from the story.
 */
function inDateSeries(sentence: string, start: number, stop: number): boolean {
  // "in 1872, and in 1889 the country …": a date that repeats its preposition starts a clause of its own.
  const ownPreposition = /^\p{Ll}+\s/u.test(sentence.slice(start, stop));
  return SERIES_AFTER.test(sentence.slice(stop)) || (!ownPreposition && SERIES_BEFORE.test(sentence.slice(0, start)));
}

// "in June 1999" -> "June 1999": the words a card may print, without the preposition.
function dateWords(span: string): string {
  return span.replace(/^(?:(?:in|on|at|by|from|since|until|till|during|of|before|after|around|throughout|through|for|between|circa)\s+)?(?:(?:early|late|mid-?)\s*)?(?:the\s+)?/i, "").replace(/^\(/, "");
}

function parseWithChrono(text: string): Built | undefined {
  const words = dateWords(text);
  const [result] = chrono.en.casual.parse(words, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  if (!result || !result.start.isCertain("year") || !result.start.isCertain("month")) return undefined;
  const point: CalendarPoint = { year: result.start.get("year")!, month: result.start.get("month")! };
  // chrono fills a missing day with 1: only keep the day when the text stated it.
  if (result.start.isCertain("day")) point.day = result.start.get("day")!;
  return { type: "point", point, planned: false };
}

/** A range of days within one year, from its words; none when it runs backwards. */
function dayRange(year: string, startMonthName: string, startDay: string, endMonthName: string, endDay: string): Built | undefined {
  const startMonth = monthOf(startMonthName);
  const endMonth = monthOf(endMonthName);
  const first = parseInt(startDay, 10);
  const last = parseInt(endDay, 10);
  if (!startMonth || !endMonth || startMonth > endMonth || (startMonth === endMonth && first >= last)) return undefined;
  return { type: "point", point: { year: Number(year), month: startMonth, day: first }, end: { year: Number(year), month: endMonth, day: last }, planned: false };
}

function seasonOrMonth(word: string, year: number): CalendarPoint {
  const season: Season | undefined = SEASON_BY_NAME.get(word.toLowerCase());
  if (season) return { year, season };
  return { year, month: monthOf(word) ?? 1 };
}

function monthOf(word: string): number | undefined {
  return MONTH_BY_NAME.get(word.replace(/\.$/, ""));
}

// "a few years later" names no date a card could ask for.
function amountOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS.get(lower);
}
