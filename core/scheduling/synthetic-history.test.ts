import { describe, expect, it } from "vitest";
import { simulateReviewHistory } from "./synthetic-history";

const START = new Date("2025-01-06T18:00:00Z");

describe("simulateReviewHistory", () => {
  it("is the same history for the same seed and another for another seed", () => {
    const a = simulateReviewHistory({ seed: 7, reviews: 500, start: START });
    const b = simulateReviewHistory({ seed: 7, reviews: 500, start: START });
    const c = simulateReviewHistory({ seed: 8, reviews: 500, start: START });
    expect(a).toEqual(b);
    expect(a.map((r) => r.log.rating)).not.toEqual(c.map((r) => r.log.rating));
  });

  it("looks like studying: every card starts new, answers move forward in time, and some are forgotten", () => {
    const history = simulateReviewHistory({ seed: 1, reviews: 3000, start: START });
    expect(history).toHaveLength(3000);
    const seen = new Set<number>();
    let last = 0;
    for (const review of history) {
      if (!seen.has(review.card)) expect(review.log.phase).toBe("new");
      seen.add(review.card);
      expect(review.log.reviewedAt.getTime()).toBeGreaterThanOrEqual(last);
      last = review.log.reviewedAt.getTime();
    }
    const reviewPhase = history.filter((r) => r.log.phase === "review");
    const lapses = reviewPhase.filter((r) => r.log.rating === 1).length;
    expect(reviewPhase.length).toBeGreaterThan(500);
    // The learner remembers less than the 90% the default schedule aims for, but most of the time.
    expect(lapses / reviewPhase.length).toBeGreaterThan(0.12);
    expect(lapses / reviewPhase.length).toBeLessThan(0.5);
  });
});
