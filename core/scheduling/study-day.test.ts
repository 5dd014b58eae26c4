import { describe, expect, it } from "vitest";
import { isValidTimeZone, startOfNextStudyDay, startOfStudyDay } from "./study-day";

describe("startOfStudyDay", () => {
  it("starts at 4 am local time", () => {
    // 15:00 in Tokyo (UTC+9) on 1 March; the study day began 04:00 Tokyo = 19:00 UTC the day before.
    expect(startOfStudyDay(new Date("2026-03-01T06:00:00Z"), "Asia/Tokyo")).toEqual(new Date("2026-02-28T19:00:00Z"));
  });

  it("counts 2 am as the previous study day", () => {
    // 02:00 in Tokyo on 2 March still belongs to the day that began 04:00 on 1 March.
    expect(startOfStudyDay(new Date("2026-03-01T17:00:00Z"), "Asia/Tokyo")).toEqual(new Date("2026-02-28T19:00:00Z"));
  });

  it("follows daylight saving: New York's day after the spring change starts at 4 am EDT", () => {
    // DST began 8 March 2026 at 02:00 EST. 9 March 10:00 EDT = 14:00 UTC; day start 04:00 EDT = 08:00 UTC.
    expect(startOfStudyDay(new Date("2026-03-09T14:00:00Z"), "America/New_York")).toEqual(new Date("2026-03-09T08:00:00Z"));
    // 7 March 10:00 EST = 15:00 UTC; day start 04:00 EST = 09:00 UTC.
    expect(startOfStudyDay(new Date("2026-03-07T15:00:00Z"), "America/New_York")).toEqual(new Date("2026-03-07T09:00:00Z"));
  });

  it("gives the next day start across the daylight-saving change, 23 hours later", () => {
    const saturday = new Date("2026-03-07T15:00:00Z");
    const next = startOfNextStudyDay(saturday, "America/New_York");
    expect(next).toEqual(new Date("2026-03-08T08:00:00Z"));
    expect(next.getTime() - startOfStudyDay(saturday, "America/New_York").getTime()).toBe(23 * 3_600_000);
  });

  it("honours a custom day-start hour", () => {
    expect(startOfStudyDay(new Date("2026-03-01T12:00:00Z"), "UTC", 0)).toEqual(new Date("2026-03-01T00:00:00Z"));
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA zones and refuses garbage", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
