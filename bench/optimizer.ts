import { performance } from "node:perf_hooks";
import { REVIEW_STATE_CODES } from "@/core/optimizer/revlog-csv";
import { DEFAULT_FSRS_PARAMETERS } from "@/core/scheduling/default-parameters";
import { simulateReviewHistory } from "@/core/scheduling/synthetic-history";
import { createDayIndexer } from "@/core/statistics/day-index";
import { buildOptimizerItems, fitParameters, measureLogLoss } from "@/features/optimizer/engine";

/**
 * "Optimize my parameters" for 10k and 100k reviews: building the training items from the log
 * rows plus fitting (target: under 2 s for 100k), and the two log-loss evaluations the run adds.
 * Histories are simulated FSRS studying with a seeded random learner (see synthetic-history.ts).
 */
async function timeOptimizer(reviews: number) {
  const history = simulateReviewHistory({ seed: reviews, reviews, start: new Date("2023-01-02T18:00:00Z") });
  // The database hands the rows over grouped by card in time order; that sort is not timed here.
  const rows = history
    .map((review) => ({
      cardId: `card-${review.card}`,
      reviewedAt: review.log.reviewedAt.getTime(),
      rating: review.log.rating,
      state: REVIEW_STATE_CODES[review.log.phase],
    }))
    .sort((a, b) => (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : a.reviewedAt - b.reviewedAt));
  const days = createDayIndexer("Europe/Berlin", 4);

  const started = performance.now();
  const { items } = await buildOptimizerItems(rows, days.dayOf);
  const built = performance.now();
  const fitted = await fitParameters(items);
  const trained = performance.now();
  const before = measureLogLoss(items, DEFAULT_FSRS_PARAMETERS);
  const after = measureLogLoss(items, fitted);
  const evaluated = performance.now();
  return { reviews, items: items.length, buildMs: built - started, fitMs: trained - built, evaluateMs: evaluated - trained, before, after };
}

export async function benchOptimizer(): Promise<void> {
  console.log("\n## Optimizer (fsrs-rs via @open-spaced-repetition/binding)");
  await timeOptimizer(2000); // warm-up: native module load, thread pool
  console.log("reviews    items   build ms   fit ms   items+fit ms   evaluate ms   log loss default -> fitted");
  for (const reviews of [10_000, 100_000]) {
    const row = await timeOptimizer(reviews);
    const total = row.buildMs + row.fitMs;
    console.log(
      `${String(reviews).padStart(7)} ${String(row.items).padStart(8)} ${row.buildMs.toFixed(0).padStart(10)} ${row.fitMs.toFixed(0).padStart(8)} ${total.toFixed(0).padStart(14)} ${row.evaluateMs.toFixed(0).padStart(13)}   ${row.before.toFixed(4)} -> ${row.after.toFixed(4)}`,
    );
    if (reviews === 100_000) console.log(`100k reviews, items + fit: ${(total / 1000).toFixed(2)} s (target < 2 s): ${total < 2000 ? "met" : "NOT met"}`);
  }
}
