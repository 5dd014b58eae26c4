import { describe, expect, it } from "vitest";
import { explainTooFewReviews } from "./minimum";
import { formatRevlogCsvRows, revlogCsvHeader } from "./revlog-csv";

describe("the review-log CSV", () => {
  it("uses the FSRS optimizer's column names and codes, times in ms, CRLF line ends", () => {
    const csv =
      revlogCsvHeader() +
      formatRevlogCsvRows([
        { cardId: "cm1abc", reviewedAt: new Date("2026-03-01T10:00:00.123Z"), rating: 3, phase: "new", durationMs: 4200 },
        { cardId: "cm1abc", reviewedAt: new Date("2026-03-04T10:00:00Z"), rating: 1, phase: "review", durationMs: 812.6 },
        { cardId: "cm2xyz", reviewedAt: new Date("2026-03-04T10:01:00Z"), rating: 4, phase: "relearning", durationMs: -5 },
      ]);
    expect(csv).toBe(
      "card_id,review_time,review_rating,review_state,review_duration\r\n" +
        "cm1abc,1772359200123,3,0,4200\r\n" +
        "cm1abc,1772618400000,1,2,813\r\n" +
        "cm2xyz,1772618460000,4,3,0\r\n",
    );
  });

  it("quotes a card id that could break the row", () => {
    expect(formatRevlogCsvRows([{ cardId: 'a,"b"', reviewedAt: new Date(0), rating: 2, phase: "learning", durationMs: 1 }])).toBe(
      '"a,""b""",0,2,1,1\r\n',
    );
  });
});

describe("explainTooFewReviews", () => {
  it("says how many there are and how many are needed", () => {
    expect(explainTooFewReviews(120)).toBe("You have 120 reviews; the optimizer needs at least 400. Keep studying and come back after 280 more.");
    expect(explainTooFewReviews(1)).toMatch(/^You have 1 review;/);
    expect(explainTooFewReviews(400)).toBeNull();
  });
});
