import { describe, expect, it } from "vitest";
import { intervalDistribution, summarizeCardStates } from "./cards";

describe("summarizeCardStates", () => {
  it("counts never-answered cards and forgotten ones as new, and suspended cards apart", () => {
    const summary = summarizeCardStates(
      [
        { phase: "review", suspended: false, count: 30 },
        { phase: "review", suspended: true, count: 2 },
        { phase: "learning", suspended: false, count: 4 },
        { phase: "relearning", suspended: false, count: 1 },
        { phase: "new", suspended: false, count: 3 }, // reset to new
      ],
      100,
    );
    expect(summary).toEqual({ new: 60 + 3, learning: 4, review: 30, relearning: 1, suspended: 2, total: 100 });
  });
});

describe("intervalDistribution", () => {
  it("groups intervals into growing spans and gives the mean and the longest", () => {
    const distribution = intervalDistribution([
      { scheduledDays: 1, count: 5 },
      { scheduledDays: 3, count: 2 },
      { scheduledDays: 6, count: 1 },
      { scheduledDays: 7, count: 1 },
      { scheduledDays: 400, count: 1 },
    ]);
    const counts = Object.fromEntries(distribution.buckets.map((bucket) => [bucket.label, bucket.count]));
    expect(counts).toMatchObject({ "1 day": 5, "3-6 days": 3, "1-2 weeks": 1, "1-2 years": 1, "2+ years": 0 });
    expect(distribution.buckets[2]).toMatchObject({ from: 3, to: 6 });
    expect(distribution.total).toBe(10);
    expect(distribution.average).toBeCloseTo((5 + 6 + 6 + 7 + 400) / 10);
    expect(distribution.longest).toBe(400);
  });

  it("has no average without review cards", () => {
    expect(intervalDistribution([])).toMatchObject({ total: 0, average: null, longest: null });
  });
});
