import { expect } from "vitest";
import { replayState, schedulerSettingsOf, type MemoryState } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import { getSchedulingSettings } from "@/features/card-state/data";
import { LOG_ORDER } from "@/features/card-state/log";
import { historyFromRows, memoryFromRow } from "@/core/scheduling";
import { db } from "@/lib/db";

/** A card's stored state row without the bookkeeping column that changes on every write. */
export async function stateRow(userId: UserId, cardId: string) {
  const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
  if (!row) return null;
  const { updatedAt: _updatedAt, ...rest } = row;
  return rest;
}

/** The invariant for one card: its stored state is what its log replays to under the current settings. */
export async function expectStateMatchesLog(userId: UserId, cardId: string): Promise<void> {
  const [row, logs] = await Promise.all([
    db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } }),
    db.reviewLog.findMany({ where: { userId, cardId }, orderBy: [...LOG_ORDER], select: { rating: true, reviewedAt: true, nextDue: true, deckId: true } }),
  ]);
  const deckId = row?.deckId ?? logs[0]?.deckId;
  const replayed = deckId ? replayState(historyFromRows(logs), schedulerSettingsOf(await getSchedulingSettings(userId, deckId))) : null;
  const stored: MemoryState | null = row ? memoryFromRow(row) : null;
  if (replayed === null) {
    // Never answered: no row, or a row that only carries a suspension or burial.
    if (stored) expect(stored).toMatchObject({ phase: "new", reps: 0, lapses: 0, stability: 0, difficulty: 0, lastReview: null });
    return;
  }
  expect(stored).toEqual(replayed);
}
