import { describe, expect, it } from "vitest";
import { formatEasyDays, NORMAL_WEEK, parseEasyDays } from "./easy-days";
import { mergeSchedulingSettings } from "./settings";
import { studyDayWeekday } from "./study-day";

describe("easy days", () => {
  it("round-trips seven levels and treats anything else as a normal week", () => {
    expect(parseEasyDays("nnnnnrm")).toEqual(["normal", "normal", "normal", "normal", "normal", "reduced", "minimum"]);
    expect(formatEasyDays(parseEasyDays("rnnnnnm"))).toBe("rnnnnnm");
    expect(parseEasyDays("nnn")).toEqual(NORMAL_WEEK);
    expect(parseEasyDays("nnnnnnx")).toEqual(NORMAL_WEEK);
  });

  it("reach the merged settings, with defaults for rows written before they existed", () => {
    const stored = { desiredRetention: 0.9, maximumInterval: 36500, newCardsPerDay: 20, maxReviewsPerDay: 200, learningSteps: "1m", relearningSteps: "10m", enableFuzz: true, dayStartHour: 4, fsrsParameters: null };
    expect(mergeSchedulingSettings({ ...stored, easyDays: "mnnnnnn", burySiblings: false }, null, "UTC")).toMatchObject({ easyDays: ["minimum", ...Array(6).fill("normal")], burySiblings: false, loadBalance: true, autoSuspendLeeches: false });
    expect(mergeSchedulingSettings(stored, null, "UTC")).toMatchObject({ easyDays: NORMAL_WEEK, burySiblings: true });
  });

  it("name the study day's weekday in the user's zone, before the day-start hour still yesterday", () => {
    // Monday 2 March 2026, 02:00 in Tokyo: the study day (from 04:00) is still Sunday's.
    expect(studyDayWeekday(new Date("2026-03-01T17:00:00Z"), "Asia/Tokyo", 4)).toBe(6);
    expect(studyDayWeekday(new Date("2026-03-01T20:00:00Z"), "Asia/Tokyo", 4)).toBe(0);
  });
});
