import * as chrono from "chrono-node";

/** A date as an article states it: a year, perhaps a month, perhaps a day. Months are 1-12. */
export interface StatedDate {
  year: number;
  month?: number;
  day?: number;
}

const ISO_DATE = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?\s*$/;
const BARE_YEAR = /^\s*(?:in\s+)?(\d{3,4})\s*$/i;

/**
 * Reads a typed date such as "26 August 2004", "August 26, 2004", "2004-08-26", "June 2006" or
 * "2004", keeping only the parts the student actually wrote (chrono fills in the rest silently).
 */
export function parseStatedDate(text: string): StatedDate | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year, month, day] = iso;
    return { year: Number(year), month: Number(month), ...(day ? { day: Number(day) } : {}) };
  }
  const bare = BARE_YEAR.exec(text);
  if (bare) return { year: Number(bare[1]) };
  // A fixed reference keeps parsing independent of the clock; a date without a year is refused below.
  const [result] = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  if (!result) return null;
  const start = result.start;
  if (!start.isCertain("year")) return null;
  const year = start.get("year");
  if (year === null) return null;
  const stated: StatedDate = { year };
  if (start.isCertain("month")) stated.month = start.get("month") ?? undefined;
  if (stated.month !== undefined && start.isCertain("day")) stated.day = start.get("day") ?? undefined;
  return stated;
}

/** The typed date names exactly the stated parts of the expected one: "1 June 2006" is not "June 2006". */
export function datesMatch(given: string, expected: StatedDate): boolean {
  const parsed = parseStatedDate(given);
  if (!parsed) return false;
  return parsed.year === expected.year && parsed.month === expected.month && parsed.day === expected.day;
}
