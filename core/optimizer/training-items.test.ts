import { describe, expect, it } from "vitest";
import { createDayIndexer } from "@/core/statistics/day-index";
import { buildTrainingItems, LogOrderError, type TrainingItemFactory, type TrainingLogRow } from "./training-items";

type Review = [rating: number, deltaT: number];
/** Plain arrays instead of native objects; `item` copies, as the contract asks. */
const plain: TrainingItemFactory<Review, Review[]> = {
  review: (rating, deltaT) => [rating, deltaT],
  item: (reviews) => reviews.slice(),
};

const utc = createDayIndexer("UTC", 4);
const at = (iso: string) => Date.parse(iso);
const row = (cardId: string, iso: string, rating: number, state: TrainingLogRow["state"]): TrainingLogRow => ({
  cardId,
  reviewedAt: at(iso),
  rating,
  state,
});

describe("buildTrainingItems", () => {
  it("makes one item per answer on a later day, each holding the card's history up to it", () => {
    const items = buildTrainingItems(
      [
        row("a", "2026-03-01T10:00:00Z", 3, 0),
        row("a", "2026-03-01T10:10:00Z", 3, 1),
        row("a", "2026-03-04T09:00:00Z", 3, 2),
        row("a", "2026-03-11T09:00:00Z", 1, 2),
        row("a", "2026-03-11T09:10:00Z", 3, 3),
      ],
      utc.dayOf,
      plain,
    );
    // Same-day answers (the learning step, the relearning step) are history, never a target.
    expect(items.items).toEqual([
      [[3, 0], [3, 0], [3, 3]],
      [[3, 0], [3, 0], [3, 3], [1, 7]],
    ]);
    expect(items).toMatchObject({ reviewCount: 5, cardCount: 1 });
  });

  it("counts days from the 4 am day start in the user's zone, not from midnight UTC", () => {
    const tokyo = createDayIndexer("Asia/Tokyo", 4);
    // 03:00 and 05:00 Tokyo on one calendar date are two study days; 01:00 and 03:00 are one.
    const rows = [
      row("a", "2026-03-01T05:00:00Z", 3, 0), // 14:00, 1 March
      row("a", "2026-03-01T18:00:00Z", 3, 1), // 03:00, 2 March: still 1 March's day
      row("a", "2026-03-01T20:00:00Z", 3, 2), // 05:00, 2 March
    ];
    expect(buildTrainingItems(rows, tokyo.dayOf, plain).items).toEqual([[[3, 0], [3, 0], [3, 1]]]);
  });

  it("starts over from a card's last reset to new, and skips cram answers and manual entries", () => {
    const items = buildTrainingItems(
      [
        row("a", "2026-01-01T10:00:00Z", 3, 0),
        row("a", "2026-01-05T10:00:00Z", 3, 2),
        row("a", "2026-02-01T10:00:00Z", 3, 0), // forgotten and started again
        row("a", "2026-02-02T10:00:00Z", 4, 4), // cram session: not part of the schedule
        row("a", "2026-02-03T10:00:00Z", 0, 2), // manual reschedule, no answer
        row("a", "2026-02-04T10:00:00Z", 2, 2),
      ],
      utc.dayOf,
      plain,
    );
    expect(items.items).toEqual([[[3, 0], [2, 3]]]);
    expect(items.reviewCount).toBe(2);
  });

  it("ignores cards with no learning answer at all", () => {
    const items = buildTrainingItems([row("a", "2026-01-01T10:00:00Z", 3, 2), row("a", "2026-01-05T10:00:00Z", 3, 2)], utc.dayOf, plain);
    expect(items).toEqual({ items: [], reviewCount: 0, cardCount: 0 });
  });

  it("refuses rows that are not grouped by card or not in time order", () => {
    const scattered = [row("a", "2026-01-01T10:00:00Z", 3, 0), row("b", "2026-01-01T10:00:00Z", 3, 0), row("a", "2026-01-02T10:00:00Z", 3, 2)];
    expect(() => buildTrainingItems(scattered, utc.dayOf, plain)).toThrow(LogOrderError);
    const backwards = [row("a", "2026-01-02T10:00:00Z", 3, 0), row("a", "2026-01-01T10:00:00Z", 3, 2)];
    expect(() => buildTrainingItems(backwards, utc.dayOf, plain)).toThrow(LogOrderError);
  });

  it("hands the factory one growing list instead of a copy per item", () => {
    const seen: unknown[] = [];
    const spying: TrainingItemFactory<Review, number> = { review: plain.review, item: (reviews) => (seen.push(reviews), reviews.length) };
    const rows = [0, 1, 2, 3].map((day) => row("a", `2026-01-0${day + 1}T10:00:00Z`, 3, day === 0 ? 0 : 2));
    expect(buildTrainingItems(rows, utc.dayOf, spying).items).toEqual([2, 3, 4]);
    expect(new Set(seen).size).toBe(1);
  });
});
