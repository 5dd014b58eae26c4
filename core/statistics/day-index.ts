import { zoneOffsetMs } from "@/core/scheduling/study-day";

/**
 * Study days as integers, for bucketing many instants fast. Day N is the study day that starts
 * at `dayStartHour` on the local calendar date N days after 1970-01-01 in the user's time zone,
 * the same day `core/scheduling/study-day.ts` computes one instant at a time.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY_MS = 24 * HOUR;
/** Zone offsets only change on a quarter hour (UTC), so one lookup serves every instant in it. */
const OFFSET_BUCKET_MS = 15 * MINUTE;

export interface DayIndexer {
  readonly timeZone: string;
  readonly dayStartHour: number;
  /** The study day containing the instant `ms`. */
  dayOf(ms: number): number;
  /** The instant (ms) the study day `day` starts. */
  startOf(day: number): number;
  /** Offset of the zone from UTC at `ms`, in ms (positive east of Greenwich). */
  offsetAt(ms: number): number;
}

/** The local calendar date a study day starts on, as YYYY-MM-DD. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function createDayIndexer(timeZone: string, dayStartHour = 4): DayIndexer {
  const cache = new Map<number, number>();

  function offsetAt(ms: number): number {
    const bucket = Math.floor(ms / OFFSET_BUCKET_MS);
    let offset = cache.get(bucket);
    if (offset === undefined) {
      offset = zoneOffsetMs(new Date(bucket * OFFSET_BUCKET_MS), timeZone);
      cache.set(bucket, offset);
    }
    return offset;
  }

  const startShift = dayStartHour * HOUR;
  return {
    timeZone,
    dayStartHour,
    offsetAt,
    dayOf(ms) {
      return Math.floor((ms + offsetAt(ms) - startShift) / DAY_MS);
    },
    startOf(day) {
      const wall = day * DAY_MS + startShift;
      // Two passes settle the offset when a daylight-saving change lies between guess and answer.
      const first = wall - offsetAt(wall);
      return wall - offsetAt(first);
    },
  };
}
