import { convertCsvToFsrsItems } from "@open-spaced-repetition/binding";
import { describe, expect, it } from "vitest";
import { formatRevlogCsvRows, REVIEW_STATE_CODES, revlogCsvHeader } from "@/core/optimizer/revlog-csv";
import { DEFAULT_FSRS_PARAMETERS } from "@/core/scheduling/default-parameters";
import { simulateReviewHistory } from "@/core/scheduling/synthetic-history";
import { createDayIndexer } from "@/core/statistics/day-index";
import { buildOptimizerItems, fitParameters, measureLogLoss } from "./engine";

const history = simulateReviewHistory({ seed: 42, reviews: 4000, start: new Date("2025-10-20T07:30:00Z") });
const rows = history
  .map((review) => ({
    cardId: `card${review.card}`,
    reviewedAt: review.log.reviewedAt,
    rating: review.log.rating,
    phase: review.log.phase,
    durationMs: review.durationMs,
  }))
  .sort((a, b) => a.cardId.localeCompare(b.cardId) || a.reviewedAt.getTime() - b.reviewedAt.getTime());
const trainingRows = rows.map((row) => ({ cardId: row.cardId, reviewedAt: row.reviewedAt.getTime(), rating: row.rating, state: REVIEW_STATE_CODES[row.phase] }));
// Sessions start 03:30-04:30 New York time, across the November daylight-saving change, so many
// straddle the 4 am day edge, which moves from 08:00 to 09:00 UTC on 2 November.
const newYork = createDayIndexer("America/New_York", 4);

describe("the optimizer's training items", () => {
  it("are exactly what the FSRS binding's own CSV converter makes from our exported log", async () => {
    const ours = await buildOptimizerItems(trainingRows, newYork.dayOf);
    const csv = Buffer.from(revlogCsvHeader() + formatRevlogCsvRows(rows));
    const theirs = convertCsvToFsrsItems(csv, 4, "America/New_York", (ms) => newYork.offsetAt(ms) / 60_000);
    const serialize = (items: { toString(): string }[]) => items.map((item) => item.toString()).sort();
    expect(ours.items.length).toBeGreaterThan(1000);
    expect(serialize(ours.items)).toEqual(serialize(theirs));
  });
});

describe("fitting", () => {
  it("moves the parameters away from the defaults and predicts this learner at least as well", async () => {
    const { items } = await buildOptimizerItems(trainingRows, newYork.dayOf);
    const progress: number[] = [];
    const fitted = await fitParameters(items, (fraction) => progress.push(fraction));
    expect(fitted).toHaveLength(DEFAULT_FSRS_PARAMETERS.length);
    expect(fitted).not.toEqual([...DEFAULT_FSRS_PARAMETERS]);
    expect(measureLogLoss(items, fitted)).toBeLessThanOrEqual(measureLogLoss(items, DEFAULT_FSRS_PARAMETERS));
    expect(progress.every((fraction) => fraction >= 0 && fraction <= 1)).toBe(true);
  });
});
