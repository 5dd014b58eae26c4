import {
  computeParameters,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
} from "@open-spaced-repetition/binding";
import { TrainingItemBuilder, type TrainingItemFactory, type TrainingItems, type TrainingLogRow } from "@/core/optimizer/training-items";

/**
 * The FSRS optimizer (fsrs-rs through its Node binding) behind three calls: build items, fit,
 * measure. Training runs on libuv's thread pool, so the event loop stays free while it trains.
 */

export type OptimizerItem = FSRSBindingItem;

/**
 * Reviews are immutable values the item constructor copies, and a history has few distinct
 * (rating, days) pairs, so one native object per pair serves every review: 100k reviews make
 * about a thousand objects instead of 100k.
 */
function createItemFactory(): TrainingItemFactory<FSRSBindingReview, FSRSBindingItem> {
  const reviews = new Map<number, FSRSBindingReview>();
  return {
    review(rating, deltaT) {
      const key = deltaT * 8 + rating;
      let review = reviews.get(key);
      if (!review) {
        review = new FSRSBindingReview(rating, deltaT);
        reviews.set(key, review);
      }
      return review;
    },
    item: (history) => new FSRSBindingItem(history as FSRSBindingReview[]),
  };
}

const YIELD_EVERY_ROWS = 20_000;

/**
 * Builds the items from rows grouped by card in time order. Yields to the event loop now and
 * then: building 100k reviews' items takes a few hundred ms of main-thread time, which requests
 * served by the same process should not wait for in one block.
 */
export async function buildOptimizerItems(
  rows: Iterable<TrainingLogRow>,
  dayOf: (ms: number) => number,
): Promise<TrainingItems<OptimizerItem>> {
  const builder = new TrainingItemBuilder(dayOf, createItemFactory());
  let count = 0;
  for (const row of rows) {
    builder.add(row);
    count += 1;
    if (count % YIELD_EVERY_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return builder.finish();
}

/**
 * `computeParameters` settles only when its progress poller ticks, every `timeout` ms (500 by
 * default): 20 ms keeps that wait negligible without busy polling.
 */
const POLL_MS = 20;

/** Fits FSRS parameters to the items; `onProgress` gets 0-1 now and then. */
export async function fitParameters(items: OptimizerItem[], onProgress?: (fraction: number) => void): Promise<number[]> {
  return computeParameters(items, {
    enableShortTerm: true,
    timeout: POLL_MS,
    progress: (current, total) => {
      if (onProgress && total > 0) onProgress(Math.min(1, current / total));
    },
  });
}

/** Log loss of the parameters' recall predictions on the items (lower is better; ~0.3-0.4 is typical). */
export function measureLogLoss(items: OptimizerItem[], parameters: readonly number[]): number {
  return new FSRSBinding([...parameters]).evaluate(items).logLoss;
}

/** fsrs-rs's errors are terse ("NotEnoughData"); say what they mean for the user. */
export function describeOptimizerError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/NotEnoughData/i.test(message)) {
    return "Your reviews do not yet span enough days: the optimizer learns from answers given on a later day than the one before. Keep studying for a few more days.";
  }
  return `The optimizer could not fit parameters to your reviews (${message}). Your parameters were left as they were.`;
}
