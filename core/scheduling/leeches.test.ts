import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grade } from "./grades";
import type { HistoryEntry } from "./history";
import { failureTail, judgeLeech } from "./leeches";
import { newMemoryState, type MemoryState } from "./memory-state";
import { gradeCard, type SchedulerSettings } from "./scheduler";

const SETTINGS: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };

/** Learns a card, then answers each rating when the card comes due. */
function historyOf(ratings: Grade[]): HistoryEntry[] {
  let at = new Date("2026-01-05T10:00:00Z");
  let state: MemoryState = newMemoryState(at);
  const log: HistoryEntry[] = [];
  for (const rating of [3, 3, ...ratings] as Grade[]) {
    log.push({ kind: "review", rating, at });
    state = gradeCard(state, rating, at, SETTINGS).next;
    at = state.due;
  }
  return log;
}

describe("failureTail", () => {
  it("is the binomial tail when every review has the same probability", () => {
    // 3 reviews at q = 0.1: P(X ≥ 2) = 3·0.01·0.9 + 0.001 = 0.028.
    expect(failureTail([0.1, 0.1, 0.1], 2)).toBeCloseTo(0.028, 10);
    expect(failureTail([0.1, 0.1], 0)).toBe(1);
    expect(failureTail([0.1, 0.1], 3)).toBe(0);
  });

  it("matches the sum over outcomes, and falls as more failures are asked for", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.nat(8), (qs, k) => {
        let brute = 0;
        for (let mask = 0; mask < 1 << qs.length; mask++) {
          let p = 1;
          let failures = 0;
          qs.forEach((q, i) => {
            const failed = (mask >> i) & 1;
            failures += failed;
            p *= failed ? q : 1 - q;
          });
          if (failures >= k) brute += p;
        }
        expect(failureTail(qs, k)).toBeCloseTo(brute, 10);
        expect(failureTail(qs, k + 1)).toBeLessThanOrEqual(failureTail(qs, k) + 1e-12);
      }),
    );
  });
});

describe("judgeLeech", () => {
  it("calls a card a leech when its failures are improbable under its own predicted recall", () => {
    const verdict = judgeLeech(historyOf([1, 3, 1, 3, 1, 3, 1]), SETTINGS);
    expect(verdict.failures).toBe(4);
    expect(verdict.tail).toBeLessThan(0.05);
    expect(verdict.leech).toBe(true);
  });

  it("does not call one lapse in many good reviews a leech, nor a card never failed", () => {
    expect(judgeLeech(historyOf([3, 3, 1, 3, 3, 3]), SETTINGS).leech).toBe(false);
    expect(judgeLeech(historyOf([3, 3, 3]), SETTINGS)).toMatchObject({ failures: 0, tail: 1, leech: false });
  });
});
