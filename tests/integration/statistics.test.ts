import { beforeAll, describe, expect, it } from "vitest";
import type { CardPhase } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import { visibleDecksWhere } from "@/features/deck/access";
import { getStatistics, type StatisticsDTO } from "@/features/stats/data";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser } from "./fixtures";

// Wednesday 4 March 2026, 13:00 in Berlin (the test user's zone); the study day began at 03:00 UTC.
const NOW = new Date("2026-03-04T12:00:00Z");

describe("getStatistics", () => {
  let userId: UserId;
  let stats: StatisticsDTO;
  beforeAll(async () => {
    userId = await createTestUser("Stats Student");
    const { deckId, cardIds } = await createTestDeck(userId, 6);
    const [c1, c2, c3, c4, c5] = cardIds as [string, string, string, string, string];
    const log = (cardId: string, at: string, rating: number, phase: CardPhase, scheduledDays: number, index: number) => ({
      userId,
      cardId,
      deckId,
      idempotencyKey: `stats-${index}`,
      rating,
      phase,
      due: new Date(at),
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays,
      learningSteps: 0,
      reviewedAt: new Date(at),
      durationMs: 5000,
      nextDue: new Date(at),
    });
    await db.reviewLog.createMany({
      data: [
        log(c1, "2026-03-04T08:00:00Z", 3, "review", 30, 1), // today, mature, remembered
        log(c2, "2026-03-04T02:30:00Z", 1, "review", 5, 2), // 03:30 Berlin: still 3 March's day; young, forgotten
        log(c3, "2026-03-03T10:00:00Z", 3, "new", 0, 3), // yesterday, a first answer: no retention
        log(c4, "2025-01-01T10:00:00Z", 2, "review", 3, 4), // long before the year shown; young, remembered
        log(c3, "2026-03-04T09:00:00Z", 0, "review", 0, 5), // a forget: no answer
      ],
    });
    const state = (cardId: string, phase: CardPhase, due: string, scheduledDays: number, suspended = false) => ({
      userId,
      cardId,
      deckId,
      due: new Date(due),
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      phase,
      lastReview: new Date("2026-03-01T10:00:00Z"),
      suspended,
    });
    await db.cardState.createMany({
      data: [
        state(c1, "review", "2026-03-10T08:00:00Z", 30), // due in 6 days
        state(c2, "learning", "2026-03-04T10:00:00Z", 0), // due earlier today
        state(c3, "relearning", "2026-03-05T08:00:00Z", 0, true), // suspended: never due
        state(c5, "review", "2026-03-01T08:00:00Z", 10), // overdue since Sunday
      ],
    });
    stats = await getStatistics({ id: userId, timeZone: "Europe/Berlin" }, NOW);
  });

  it("counts answers per study day in the user's zone, leaving out forgets", () => {
    const day = (date: string) => stats.heatmap.cells.find((cell) => cell.date === date)?.count;
    expect(stats.today).toBe("2026-03-04");
    expect(day("2026-03-04")).toBe(1);
    expect(day("2026-03-03")).toBe(2);
    expect(stats.heatmap.total).toBe(3);
    expect(stats.heatmap.currentStreak).toBe(2);
  });

  it("measures true retention on review answers only, young and mature, up to all time", () => {
    const period = (key: string) => stats.retention.find((row) => row.key === key)!;
    expect(period("today").mature).toEqual({ passed: 1, failed: 0, rate: 1 });
    expect(period("today").young.rate).toBeNull();
    expect(period("yesterday").young).toEqual({ passed: 0, failed: 1, rate: 0 });
    expect(period("year").young).toEqual({ passed: 0, failed: 1, rate: 0 });
    expect(period("all").young).toEqual({ passed: 1, failed: 1, rate: 0.5 });
    expect(period("all").total).toEqual({ passed: 2, failed: 1, rate: 2 / 3 });
  });

  it("forecasts due cards per day, overdue ones today, suspended ones never", () => {
    expect(stats.forecast.days[0]).toMatchObject({ date: "2026-03-04", due: 2 });
    expect(stats.forecast.days[6]).toMatchObject({ date: "2026-03-10", due: 1 });
    expect(stats.forecast).toMatchObject({ overdue: 1, total: 3 });
  });

  it("counts cards by state and review intervals", async () => {
    const visible = await db.card.count({ where: { deck: await visibleDecksWhere(userId) } });
    expect(stats.cards).toEqual({ new: visible - 4, learning: 1, review: 2, relearning: 0, suspended: 1, total: visible });
    const interval = (label: string) => stats.intervals.buckets.find((bucket) => bucket.label === label)?.count;
    expect([interval("1-2 weeks"), interval("2-4 weeks")]).toEqual([1, 1]);
    expect(stats.intervals.average).toBe(20);
  });
});
