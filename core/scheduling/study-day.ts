/**
 * Kioku's "day" is the user's day, not UTC's: like Anki it starts at a set hour (4 am by
 * default) in the user's time zone, so a late-night session still counts for the evening.
 */

export const DEFAULT_DAY_START_HOUR = 4;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset of `timeZone` from UTC at `instant`, in ms (positive east of Greenwich). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const HALF_DAY_MS = 12 * 3_600_000;

/**
 * The instant when the wall clock in `timeZone` shows the given local time. Around a
 * daylight-saving change the local time may occur twice (autumn: the earlier one is taken) or
 * not at all (spring: 2:00 in New York on 8 March 2026 becomes 3:00), as JavaScript's Temporal
 * does by default ("compatible").
 */
function instantOfWallClock(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour);
  // No zone changes its offset twice within a day, so the offsets half a day either side are
  // the ones in force just before and just after any change near this local time.
  const offsetBefore = zoneOffsetMs(new Date(asUtc - HALF_DAY_MS), timeZone);
  const offsetAfter = zoneOffsetMs(new Date(asUtc + HALF_DAY_MS), timeZone);
  const shows = (instant: number) => zoneOffsetMs(new Date(instant), timeZone) === asUtc - instant;
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter].filter(shows).sort((a, b) => a - b);
  // In a gap no instant shows that time: keep the offset from before the change, which lands
  // as far past the change as the time was meant to be before it.
  return new Date(candidates[0] ?? asUtc - offsetBefore);
}

/** Start of the study day that contains `now`. */
export function startOfStudyDay(now: Date, timeZone: string, dayStartHour = DEFAULT_DAY_START_HOUR): Date {
  const w = wallClock(now, timeZone);
  // Before the day-start hour the clock still belongs to yesterday's study day.
  const calendarDay = new Date(Date.UTC(w.year, w.month - 1, w.day - (w.hour < dayStartHour ? 1 : 0)));
  return instantOfWallClock(
    calendarDay.getUTCFullYear(),
    calendarDay.getUTCMonth() + 1,
    calendarDay.getUTCDate(),
    dayStartHour,
    timeZone,
  );
}

/** Start of the study day after the one containing `now`. */
export function startOfNextStudyDay(now: Date, timeZone: string, dayStartHour = DEFAULT_DAY_START_HOUR): Date {
  const today = startOfStudyDay(now, timeZone, dayStartHour);
  const w = wallClock(today, timeZone);
  return instantOfWallClock(w.year, w.month, w.day + 1, dayStartHour, timeZone);
}

/** Weekday of the study day containing `now`, 0 = Monday (the study day's own date, not UTC's). */
export function studyDayWeekday(now: Date, timeZone: string, dayStartHour = DEFAULT_DAY_START_HOUR): number {
  const start = wallClock(startOfStudyDay(now, timeZone, dayStartHour), timeZone);
  return (new Date(Date.UTC(start.year, start.month - 1, start.day)).getUTCDay() + 6) % 7;
}
