import { describe, expect, it } from "vitest";
import type { HistoryEntry } from "./history";
import { replayState } from "./history";
import type { SchedulerSettings } from "./scheduler";
import { describeWorkloadChange, forecastReviews, previewReschedule, type WorkloadCard } from "./workload";

const NOW = new Date("2026-03-01T15:00:00Z");
const DAY = 86_400_000;
const NO_FUZZ: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

/** A card learned `startDaysAgo` and answered Good at each later offset (days ago). */
function history(startDaysAgo: number, ...goodDaysAgo: number[]): HistoryEntry[] {
  const start = ago(startDaysAgo);
  return [
    { kind: "review", rating: 3, at: start },
    { kind: "review", rating: 3, at: new Date(start.getTime() + 10 * 60_000) },
    ...goodDaysAgo.map((days): HistoryEntry => ({ kind: "review", rating: 3, at: ago(days) })),
  ];
}

describe("forecastReviews", () => {
  it("counts the reviews a card needs within the horizon if every answer is Good", () => {
    const state = replayState(history(3), NO_FUZZ)!;
    const until = new Date(NOW.getTime() + 30 * DAY);
    const count = forecastReviews(state, NOW, until, NO_FUZZ);
    expect(count).toBeGreaterThanOrEqual(1);
    // A higher retention asks for the same card more often.
    expect(forecastReviews(state, NOW, until, { ...NO_FUZZ, desiredRetention: 0.97 })).toBeGreaterThan(count);
    expect(forecastReviews(null, NOW, until, NO_FUZZ)).toBe(0);
  });
});

describe("previewReschedule", () => {
  const cards = (after: SchedulerSettings): WorkloadCard[] => [
    { history: history(40, 30, 10), before: NO_FUZZ, after, suspended: false },
    { history: history(5), before: NO_FUZZ, after, suspended: false },
    { history: history(20, 12), before: NO_FUZZ, after, suspended: false },
    { history: history(20, 12), before: NO_FUZZ, after, suspended: true },
  ];

  it("changes nothing when the settings stay the same", () => {
    const preview = previewReschedule(cards(NO_FUZZ), NOW);
    expect(preview.changedCards).toBe(0);
    expect(preview.after).toEqual(preview.before);
  });

  it("shows more reviews for a higher retention and fewer for a lower one", () => {
    const higher = previewReschedule(cards({ ...NO_FUZZ, desiredRetention: 0.97 }), NOW);
    const lower = previewReschedule(cards({ ...NO_FUZZ, desiredRetention: 0.75 }), NOW);
    expect(higher.after.reviewsInHorizon).toBeGreaterThan(higher.before.reviewsInHorizon);
    expect(lower.after.reviewsInHorizon).toBeLessThan(lower.before.reviewsInHorizon);
    expect(higher.changedCards).toBe(4);
    expect(higher.after.dueNow).toBeGreaterThanOrEqual(higher.before.dueNow);
  });

  it("leaves suspended cards out of the workload", () => {
    const all = previewReschedule(cards(NO_FUZZ), NOW);
    const withoutSuspended = previewReschedule(cards(NO_FUZZ).slice(0, 3), NOW);
    expect(all.before).toEqual(withoutSuspended.before);
  });

  it("reads as one line", () => {
    expect(
      describeWorkloadChange({ horizonDays: 30, before: { dueNow: 3, reviewsInHorizon: 412 }, after: { dueNow: 9, reviewsInHorizon: 530 }, changedCards: 80 }),
    ).toBe("Reviews due in the next 30 days: 412 → 530 (+118).");
  });
});
