import { describe, expect, it } from "vitest";
import { createDayIndexer } from "./day-index";
import { buildDueForecast } from "./forecast";

// Saturday 7 March 2026, 11:00 in New York; clocks spring forward the next night.
const newYork = createDayIndexer("America/New_York", 4);
const NOW = new Date("2026-03-07T16:00:00Z");
const HOUR = 3_600_000;

describe("buildDueForecast", () => {
  it("counts cards per study day for 30 days, overdue ones today, later ones not at all", () => {
    const dues = [
      Date.parse("2026-03-01T12:00:00Z"), // overdue for days
      Date.parse("2026-03-07T10:00:00Z"), // earlier today: 05:00 New York
      Date.parse("2026-03-08T07:30:00Z"), // 02:30 EST on the 8th: still the 7th's study day
      Date.parse("2026-03-08T08:30:00Z"), // 04:30 EDT on the 8th: the 8th
      Date.parse("2026-04-05T12:00:00Z"), // day 29, the last one shown
      Date.parse("2026-04-06T12:00:00Z"), // day 30: beyond the forecast
    ];
    const forecast = buildDueForecast(dues, newYork, NOW);
    expect(forecast.days).toHaveLength(30);
    expect(forecast.days[0]).toMatchObject({ label: "Today", date: "2026-03-07", due: 3, cumulative: 3 });
    expect(forecast.days[1]).toMatchObject({ label: "Tomorrow", date: "2026-03-08", due: 1, cumulative: 4 });
    expect(forecast.days[29]).toMatchObject({ label: "2026-04-05", due: 1, cumulative: 5 });
    expect(forecast.overdue).toBe(1);
    expect(forecast.total).toBe(5);
  });

  it("is all zeros with nothing due", () => {
    const forecast = buildDueForecast([], newYork, new Date(NOW.getTime() + 5 * HOUR));
    expect(forecast.days.every((day) => day.due === 0)).toBe(true);
    expect(forecast.total).toBe(0);
  });
});
