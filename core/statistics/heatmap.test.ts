import { describe, expect, it } from "vitest";
import { createDayIndexer, weekdayOf } from "./day-index";
import { buildReviewHeatmap, heatmapFirstDay } from "./heatmap";

// Wednesday 4 March 2026, 10:00 in Berlin.
const berlin = createDayIndexer("Europe/Berlin", 4);
const NOW = Date.parse("2026-03-04T09:00:00Z");
const today = berlin.dayOf(NOW);

describe("buildReviewHeatmap", () => {
  it("lays out whole weeks from a Sunday up to today, one cell per study day", () => {
    const heatmap = buildReviewHeatmap(new Map(), today);
    const first = heatmapFirstDay(today);
    expect(weekdayOf(first)).toBe(0);
    expect(heatmap.cells[0]).toMatchObject({ day: first, week: 0, weekday: 0, count: 0, level: 0 });
    expect(heatmap.cells.at(-1)).toMatchObject({ date: "2026-03-04", week: 52, weekday: 3 });
    expect(heatmap.cells).toHaveLength(52 * 7 + 4);
    expect(heatmap.months.map((month) => month.label)).toContain("Jan");
    expect(heatmap).toMatchObject({ total: 0, daysStudied: 0, currentStreak: 0, busiest: null });
  });

  it("shades days by quarters of the busiest day and counts totals and streaks", () => {
    const counts = new Map([
      [today, 10],
      [today - 1, 40],
      [today - 2, 21],
      [today - 4, 1],
      [today - 400, 99], // outside the year shown
    ]);
    const heatmap = buildReviewHeatmap(counts, today);
    const level = (day: number) => heatmap.cells.find((cell) => cell.day === day)?.level;
    expect([level(today), level(today - 1), level(today - 2), level(today - 3), level(today - 4)]).toEqual([1, 4, 3, 0, 1]);
    expect(heatmap).toMatchObject({ total: 72, daysStudied: 4, currentStreak: 3, longestStreak: 3, busiest: { date: "2026-03-03", count: 40 } });
    expect(heatmap.dailyAverage).toBeCloseTo(72 / heatmap.dayCount);
  });

  it("keeps the streak alive while today has no reviews yet", () => {
    const heatmap = buildReviewHeatmap(new Map([[today - 1, 5], [today - 2, 5]]), today);
    expect(heatmap.currentStreak).toBe(2);
  });
});
