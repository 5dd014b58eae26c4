import type { CardPhase } from "@/core/scheduling/memory-state";
import type { ReviewStateCode } from "./training-items";

/**
 * The FSRS optimizer's review-log CSV: the column names its CSV reader (and Anki's and the
 * ts-fsrs tools') expect, in the order its documentation lists them. Times and durations in ms.
 */
export const REVLOG_CSV_COLUMNS = ["card_id", "review_time", "review_rating", "review_state", "review_duration"] as const;

export const REVIEW_STATE_CODES: Record<CardPhase, ReviewStateCode> = { new: 0, learning: 1, review: 2, relearning: 3 };

export interface RevlogCsvRow {
  cardId: string;
  reviewedAt: Date;
  /** 1-4 */
  rating: number;
  /** The card's phase when it was answered. */
  phase: CardPhase;
  durationMs: number;
}

export function revlogCsvHeader(): string {
  return `${REVLOG_CSV_COLUMNS.join(",")}\r\n`;
}

/** Card ids are cuids (letters and digits); anything else is quoted so a row can never split. */
function csvField(value: string): string {
  return /^[A-Za-z0-9_-]*$/.test(value) ? value : `"${value.replace(/"/g, '""')}"`;
}

/** Rows in the order given, each ending in CRLF as RFC 4180 asks. */
export function formatRevlogCsvRows(rows: Iterable<RevlogCsvRow>): string {
  let out = "";
  for (const row of rows) {
    out += `${csvField(row.cardId)},${row.reviewedAt.getTime()},${row.rating},${REVIEW_STATE_CODES[row.phase]},${Math.max(0, Math.round(row.durationMs))}\r\n`;
  }
  return out;
}
