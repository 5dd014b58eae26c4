import { describe, expect, it } from "vitest";
import { buildTrueRetention, emptyDayAnswers, type DayAnswers } from "./retention";

const today = 20_500;
const day = (youngPassed: number, youngFailed: number, maturePassed: number, matureFailed: number): DayAnswers => ({
  reviews: youngPassed + youngFailed + maturePassed + matureFailed,
  young: { passed: youngPassed, failed: youngFailed },
  mature: { passed: maturePassed, failed: matureFailed },
});

describe("buildTrueRetention", () => {
  it("sums young and mature answers per period, each period including the shorter ones", () => {
    const daily = new Map([
      [today, day(9, 1, 0, 0)],
      [today - 1, day(3, 1, 18, 2)],
      [today - 10, day(0, 0, 5, 5)],
      [today - 200, day(10, 0, 0, 0)],
    ]);
    const rows = buildTrueRetention(daily, day(1, 1, 1, 1), today);
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
    expect(rows.map((row) => row.label)).toEqual(["Today", "Yesterday", "Last 7 days", "Last 30 days", "Last 365 days", "All time"]);
    expect(byKey.today!.young).toEqual({ passed: 9, failed: 1, rate: 0.9 });
    expect(byKey.today!.mature.rate).toBeNull();
    expect(byKey.yesterday!.mature).toEqual({ passed: 18, failed: 2, rate: 0.9 });
    expect(byKey.week!.total).toEqual({ passed: 30, failed: 4, rate: 30 / 34 });
    expect(byKey.month!.mature).toEqual({ passed: 23, failed: 7, rate: 23 / 30 });
    expect(byKey.year!.young).toEqual({ passed: 22, failed: 2, rate: 22 / 24 });
    expect(byKey.all!.young).toEqual({ passed: 23, failed: 3, rate: 23 / 26 });
    expect(byKey.all!.mature).toEqual({ passed: 24, failed: 8, rate: 24 / 32 });
  });

  it("has no rate where nothing was answered", () => {
    const rows = buildTrueRetention(new Map(), emptyDayAnswers(), today);
    expect(rows.every((row) => row.total.rate === null && row.total.passed === 0)).toBe(true);
  });
});
