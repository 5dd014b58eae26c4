import { describe, expect, it } from "vitest";
import { startOfStudyDay } from "@/core/scheduling/study-day";
import { createDayIndexer, dayLabel, weekdayOf } from "./day-index";

describe("createDayIndexer", () => {
  it("agrees with startOfStudyDay hour by hour across New York's spring and autumn changes", () => {
    const ny = createDayIndexer("America/New_York", 4);
    for (const from of ["2026-03-06T00:00:00Z", "2026-10-30T00:00:00Z"]) {
      for (let hour = 0; hour < 24 * 5; hour += 1) {
        const ms = Date.parse(from) + hour * 3_600_000 + 17 * 60_000;
        const day = ny.dayOf(ms);
        expect(ny.startOf(day)).toBe(startOfStudyDay(new Date(ms), "America/New_York", 4).getTime());
      }
    }
  });

  it("puts 2 am in yesterday's study day and labels days by the date they start on", () => {
    const tokyo = createDayIndexer("Asia/Tokyo", 4);
    // 02:00 Tokyo on 2 March belongs to the study day that began on 1 March.
    expect(dayLabel(tokyo.dayOf(Date.parse("2026-03-01T17:00:00Z")))).toBe("2026-03-01");
    expect(dayLabel(tokyo.dayOf(Date.parse("2026-03-01T19:00:00Z")))).toBe("2026-03-02");
  });

  it("handles zones a quarter hour off the hour", () => {
    const kathmandu = createDayIndexer("Asia/Kathmandu", 4); // UTC+05:45, day starts 22:15 UTC
    expect(dayLabel(kathmandu.dayOf(Date.parse("2026-03-01T22:14:00Z")))).toBe("2026-03-01");
    expect(dayLabel(kathmandu.dayOf(Date.parse("2026-03-01T22:15:00Z")))).toBe("2026-03-02");
  });

  it("numbers weekdays from Sunday", () => {
    const utc = createDayIndexer("UTC", 0);
    expect(weekdayOf(utc.dayOf(Date.parse("2026-03-01T12:00:00Z")))).toBe(0); // a Sunday
    expect(weekdayOf(utc.dayOf(Date.parse("2026-03-07T12:00:00Z")))).toBe(6);
  });
});
