import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NORMAL_WEEK, type EasyDay } from "./easy-days";
import type { Grade } from "./grades";
import { replayState, sameMemoryState, type HistoryEntry } from "./history";
import {
  balanceInterval,
  balanceWeights,
  countDueBuckets,
  dailyLoadOf,
  DUE_BUCKET_MS,
  dueBucketOf,
  dueBucketRange,
  dueBucketsWithout,
  fuzzRange,
  LOAD_BALANCE_DAYS,
  type DailyLoad,
} from "./load-balancer";
import { newMemoryState, type MemoryState } from "./memory-state";
import { forgettingCurve, gradeCard, type SchedulerSettings } from "./scheduler";
import { startOfStudyDay } from "./study-day";

const DAY = 86_400_000;
const FUZZ: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: true };
const load = (dueCounts: number[], overrides: Partial<DailyLoad> = {}): DailyLoad => ({ dueCounts, todayWeekday: 0, easyDays: [...NORMAL_WEEK], ...overrides });

describe("balanceWeights", () => {
  it("gives an empty day full weight and a busy day little", () => {
    const [empty, busy, light] = balanceWeights([10, 11, 12], load(Object.assign(Array(13).fill(0), { 11: 40, 12: 4 })));
    expect(empty).toBe(1);
    expect(light!).toBeGreaterThan(busy!);
  });

  it("weighs a busy day by the inverse square of its due count and the inverse of its interval", () => {
    const [ten, twenty] = balanceWeights([10, 20], load(Object.assign(Array(21).fill(0), { 10: 2, 20: 4 })));
    expect(ten).toBeCloseTo((1 / 2) ** 2 / 10, 12);
    expect(twenty).toBeCloseTo((1 / 4) ** 2 / 20, 12);
  });

  it("avoids a sibling's day and the days next to it", () => {
    const counts = Array(20).fill(5);
    const [near, far] = balanceWeights([10, 14], load(counts, { siblingDays: new Set([10]) }));
    expect(far! / near!).toBeGreaterThan(1000);
  });

  it("keeps cards off a minimum weekday", () => {
    const easyDays: EasyDay[] = ["normal", "normal", "normal", "minimum", "normal", "normal", "normal"];
    // Today is Monday: day 3 is Thursday.
    const [wednesday, thursday] = balanceWeights([2, 3], load([5, 5, 5, 5, 5], { easyDays }));
    expect(wednesday! / thursday!).toBeGreaterThan(1000);
  });
});

describe("balanceInterval", () => {
  it("stays in the fuzz range, is deterministic per seed, and leaves intervals over 90 days alone", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 90 }), fc.array(fc.nat(50), { minLength: 100, maxLength: 100 }), fc.nat(), (interval, counts, seed) => {
        const picked = balanceInterval(interval, 0, 36500, load(counts), seed);
        const { min, max } = fuzzRange(interval, 0, 36500);
        expect(picked).not.toBeNull();
        expect(picked!).toBeGreaterThanOrEqual(min);
        expect(picked!).toBeLessThanOrEqual(max);
        expect(balanceInterval(interval, 0, 36500, load(counts), seed)).toBe(picked);
      }),
    );
    expect(balanceInterval(91, 0, 36500, load(Array(120).fill(1)), 1)).toBeNull();
  });
});

describe("load-balanced answers replay to the state they stored", () => {
  it("gradeCard with any load, then replay of the log with its due dates, gives the same state", () => {
    const op = fc.record({ rating: fc.constantFrom<Grade>(1, 2, 3, 4), gapDays: fc.double({ min: 0, max: 40, noNaN: true }), counts: fc.array(fc.nat(30), { minLength: 100, maxLength: 100 }) });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 15 }), (ops) => {
        let at = new Date("2026-03-01T10:00:00Z").getTime();
        let state: MemoryState = newMemoryState(new Date(at));
        const log: HistoryEntry[] = [];
        for (const { rating, gapDays, counts } of ops) {
          at = Math.max(at + 60_000, Math.min(state.due.getTime(), at + gapDays * DAY));
          const { next } = gradeCard(state, rating, new Date(at), FUZZ, load(counts, { todayWeekday: 3 }));
          log.push({ kind: "review", rating, at: new Date(at), nextDue: next.due });
          state = next;
        }
        expect(sameMemoryState(replayState(log, FUZZ), state)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * A student studies 20 new cards a day for 30 days and reviews every card on its due day;
 * whether they remember follows FSRS's own prediction (seeded), answers Good or Again.
 */
function simulateMonth(balance: boolean, seed: number): { daily: number[]; expectedRecall: number } {
  let rng = seed >>> 0;
  const random = () => {
    rng = (rng + 0x6d2b79f5) >>> 0;
    let t = rng;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const start = new Date("2026-03-02T04:00:00Z").getTime();
  const days = 30;
  const cards: MemoryState[] = [];
  const daily = Array<number>(days).fill(0);
  let recallSum = 0;
  let reviewCount = 0;
  const dayOf = (due: Date) => Math.floor((due.getTime() - start) / DAY);
  for (let day = 0; day < days; day++) {
    const session = start + day * DAY + 14 * 3_600_000;
    for (let i = 0; i < 20; i++) cards.push(newMemoryState(new Date(session)));
    let clock = session;
    for (let index = 0; index < cards.length; index++) {
      // Learning steps come back within the session; a card is done for the day once it is due on a later day.
      while (dayOf(cards[index]!.due) <= day) {
        const card = cards[index]!;
        clock = Math.max(clock + 1000, card.due.getTime());
        let rating: Grade = 3;
        if (card.phase === "review") {
          const recall = forgettingCurve(card.stability, (clock - card.lastReview!.getTime()) / DAY);
          recallSum += recall;
          reviewCount += 1;
          daily[day]! += 1;
          rating = random() < recall ? 3 : 1;
        }
        const counts = Array<number>(100).fill(0);
        if (balance) for (const other of cards) if (other.phase === "review") { const offset = dayOf(other.due) - day; if (offset >= 0 && offset < 100) counts[offset]! += 1; }
        cards[index] = gradeCard(card, rating, new Date(clock), FUZZ, balance ? load(counts, { todayWeekday: day % 7 }) : null).next;
      }
    }
  }
  return { daily, expectedRecall: recallSum / reviewCount };
}

const spread = (counts: number[]) => {
  const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
  return Math.sqrt(counts.reduce((sum, c) => sum + (c - mean) ** 2, 0) / counts.length);
};

describe("30 days of studying with the load balancer", () => {
  const plain = simulateMonth(false, 7);
  const balanced = simulateMonth(true, 7);
  // From the second week, when review intervals are long enough to fuzz.
  const plainLoad = plain.daily.slice(10);
  const balancedLoad = balanced.daily.slice(10);

  it("has a flatter daily review count than FSRS's random fuzz", () => {
    console.info(`daily reviews, days 11-30: sd ${spread(plainLoad).toFixed(2)} without, ${spread(balancedLoad).toFixed(2)} with balancing; expected recall ${(plain.expectedRecall * 100).toFixed(2)} % / ${(balanced.expectedRecall * 100).toFixed(2)} %`);
    expect(spread(balancedLoad)).toBeLessThan(spread(plainLoad));
  });

  it("keeps the expected recall on reviews within 1 % of desired retention", () => {
    expect(Math.abs(balanced.expectedRecall - FUZZ.desiredRetention)).toBeLessThan(0.01);
    expect(Math.abs(balanced.expectedRecall - plain.expectedRecall)).toBeLessThan(0.01);
  });

});

describe("due counts per bucket", () => {
  const per = (dues: Date[], todayStart: Date) => {
    const counts = Array<number>(LOAD_BALANCE_DAYS).fill(0);
    for (const due of dues) {
      const day = Math.floor((due.getTime() - todayStart.getTime()) / DAY);
      if (day >= 0 && day < LOAD_BALANCE_DAYS) counts[day]! += 1;
    }
    return counts;
  };

  it("counts the same cards per day as the due dates themselves, for a study day that starts on a bucket boundary", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.array(fc.integer({ min: -2 * DAY, max: 105 * DAY }), { maxLength: 300 }),
        (quarterHours, offsets) => {
          const todayStart = new Date(Date.UTC(2026, 0, 1) + quarterHours * DUE_BUCKET_MS);
          const dues = offsets.map((offset) => new Date(todayStart.getTime() + offset));
          const daily = dailyLoadOf({ dueBuckets: countDueBuckets(dues), siblingDues: [], todayStart, todayWeekday: 0, easyDays: [...NORMAL_WEEK] });
          expect(daily.dueCounts).toEqual(per(dues, todayStart));
        },
      ),
    );
  });

  it("finds every time zone's study day starting on a bucket boundary, at every start hour, through a year of clock changes", () => {
    const misaligned: string[] = [];
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      for (let month = 0; month < 12; month += 1) {
        for (const hour of [0, 3, 4, 12, 23]) {
          const start = startOfStudyDay(new Date(Date.UTC(2026, month, 15, 12)), zone, hour);
          if (start.getTime() % DUE_BUCKET_MS !== 0) misaligned.push(`${zone} ${month + 1} ${hour}`);
        }
      }
    }
    expect(misaligned).toEqual([]);
  });

  it("leaves the answered card's own due out of the counts read, when the database counts it", () => {
    const due = new Date(Date.UTC(2026, 5, 1, 9, 20));
    const bucket = dueBucketOf(due);
    const read = [[bucket, 2], [bucket + 4, 1]] as const;
    expect(dueBucketsWithout(read, { phase: "review", due, suspended: false })).toEqual(new Map([[bucket, 1], [bucket + 4, 1]]));
    expect(dueBucketsWithout([[bucket, 1]], { phase: "review", due, suspended: false })).toEqual(new Map());
    // Not counted by the database: suspended, or not in review, or never answered.
    expect(dueBucketsWithout(read, { phase: "review", due, suspended: true })).toEqual(new Map(read));
    expect(dueBucketsWithout(read, { phase: "learning", due, suspended: false })).toEqual(new Map(read));
    expect(dueBucketsWithout(read, null)).toEqual(new Map(read));
    expect(dueBucketRange(new Date(bucket * DUE_BUCKET_MS + 1), new Date((bucket + 2) * DUE_BUCKET_MS + 1))).toEqual({ first: bucket, end: bucket + 3 });
  });
});
