/**
 * Turns a review log into FSRS optimizer training items, the way the FSRS optimizer's own CSV
 * converter does: per card, the reviews from the last time it was (re)learned from new, with
 * `deltaT` in whole study days between answers; one item per answer given on a later study day
 * than the answer before it, holding every answer up to it. Same-day answers (learning steps)
 * stay in later items' histories but are no target of their own: FSRS predicts recall across
 * days, and the optimizer refuses to evaluate an item that ends on the same day.
 */

/** FSRS optimizer review_state codes: 0 new, 1 learning, 2 review, 3 relearning, 4 filtered/cram. */
export type ReviewStateCode = 0 | 1 | 2 | 3 | 4;

export interface TrainingLogRow {
  cardId: string;
  /** ms since epoch */
  reviewedAt: number;
  /** 1-4; anything else (a manual reschedule) is skipped. */
  rating: number;
  state: ReviewStateCode;
}

/**
 * Makes the optimizer's objects. `item` receives the card's growing list of reviews and must
 * copy what it keeps: the builder appends to that list afterwards instead of copying every
 * prefix (the native FSRSItem constructor copies its argument anyway).
 */
export interface TrainingItemFactory<Review, Item> {
  review(rating: number, deltaT: number): Review;
  item(reviews: readonly Review[]): Item;
}

export interface TrainingItems<Item> {
  /** What the optimizer learns from and what log loss is measured on. */
  items: Item[];
  /** Answers that made it into items' histories. */
  reviewCount: number;
  cardCount: number;
}

export class LogOrderError extends Error {}

const LEARNING_STATES: ReadonlySet<number> = new Set([0, 1]);

/**
 * Consumes rows grouped by card and in time order within a card (the order one
 * `ORDER BY cardId, reviewedAt` gives), in one pass, with no sorting.
 */
export class TrainingItemBuilder<Review, Item> {
  private readonly result: TrainingItems<Item> = { items: [], reviewCount: 0, cardCount: 0 };
  private readonly finishedCards = new Set<string>();
  private cardId: string | null = null;
  private ratings: number[] = [];
  private days: number[] = [];
  private states: number[] = [];
  private lastTime = -Infinity;

  constructor(
    private readonly dayOf: (ms: number) => number,
    private readonly factory: TrainingItemFactory<Review, Item>,
  ) {}

  add(row: TrainingLogRow): void {
    if (row.cardId !== this.cardId) {
      this.flush();
      if (this.finishedCards.has(row.cardId)) throw new LogOrderError(`Reviews of card ${row.cardId} are not grouped together.`);
      this.cardId = row.cardId;
      this.lastTime = -Infinity;
    }
    if (row.reviewedAt < this.lastTime) throw new LogOrderError(`Reviews of card ${row.cardId} are not in time order.`);
    this.lastTime = row.reviewedAt;
    if (row.state === 4 || row.rating < 1 || row.rating > 4) return;
    this.ratings.push(row.rating);
    this.days.push(this.dayOf(row.reviewedAt));
    this.states.push(row.state);
  }

  finish(): TrainingItems<Item> {
    this.flush();
    return this.result;
  }

  private flush(): void {
    if (this.cardId === null) return;
    this.finishedCards.add(this.cardId);
    this.cardId = null;
    const { ratings, days, states } = this;
    this.ratings = [];
    this.days = [];
    this.states = [];

    // A card forgotten (reset) starts over as new: only the last learning run and what followed counts.
    let start = -1;
    for (let i = states.length - 1; i >= 0; i -= 1) {
      if (LEARNING_STATES.has(states[i]!)) start = i;
      else if (start >= 0) break;
    }
    if (start < 0) return;

    this.result.cardCount += 1;
    this.result.reviewCount += ratings.length - start;
    const reviews: Review[] = [this.factory.review(ratings[start]!, 0)];
    for (let i = start + 1; i < ratings.length; i += 1) {
      const deltaT = Math.max(0, days[i]! - days[i - 1]!);
      reviews.push(this.factory.review(ratings[i]!, deltaT));
      if (deltaT > 0) this.result.items.push(this.factory.item(reviews));
    }
  }
}

export function buildTrainingItems<Review, Item>(
  rows: Iterable<TrainingLogRow>,
  dayOf: (ms: number) => number,
  factory: TrainingItemFactory<Review, Item>,
): TrainingItems<Item> {
  const builder = new TrainingItemBuilder(dayOf, factory);
  for (const row of rows) builder.add(row);
  return builder.finish();
}
