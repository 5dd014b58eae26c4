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

  it("starts at 3 am EDT when a 2 am day start falls in New York's spring-forward gap", () => {
    // 2:00 on 8 March 2026 does not exist in New York; the day starts when the clock shows 3:00 EDT = 07:00 UTC.
    expect(startOfNextStudyDay(new Date("2026-03-07T16:00:00Z"), "America/New_York", 2)).toEqual(new Date("2026-03-08T07:00:00Z"));
  });

  it("takes the first of the two 2 am's when Berlin falls back", () => {
    // 25 October 2026: 2:00-3:00 happens twice in Berlin; the first 2:00 is CEST = 00:00 UTC.
    expect(startOfNextStudyDay(new Date("2026-10-24T20:00:00Z"), "Europe/Berlin", 2)).toEqual(new Date("2026-10-25T00:00:00Z"));
    // The day after starts at 2:00 CET = 01:00 UTC, 25 hours later.
    expect(startOfNextStudyDay(new Date("2026-10-25T12:00:00Z"), "Europe/Berlin", 2)).toEqual(new Date("2026-10-26T01:00:00Z"));
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
