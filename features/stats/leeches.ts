import "server-only";
import { judgeLeech, schedulerSettingsOf } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import { settingsForDeck } from "@/core/scheduling";
import { loadSchedulingContext } from "@/features/card-state/data";
import { LOG_ORDER } from "@/features/card-state/log";
import { historyFromRows } from "@/core/scheduling";
import { db } from "@/lib/db";

export interface LeechDTO {
  cardId: string;
  prompt: string;
  deckTitle: string;
  failures: number;
  /** Failures the model expected over the same reviews. */
  expectedFailures: number;
  /** P(this many failures or more) under the card's predicted recall, 0-1. */
  tail: number;
  suspended: boolean;
}

/**
 * The user's leeches (core/scheduling/leeches.ts), worst first. Only cards with a lapse can be
 * one, so only their logs are read.
 */
export async function getLeeches(userId: UserId): Promise<LeechDTO[]> {
  const states = await db.cardState.findMany({
    where: { userId, lapses: { gt: 0 } },
    select: { cardId: true, deckId: true, suspended: true, card: { select: { prompt: true, deck: { select: { title: true } } } } },
  });
  if (states.length === 0) return [];
  const context = await loadSchedulingContext(userId, db, [...new Set(states.map((state) => state.deckId))]);
  const logs = await db.reviewLog.findMany({
    where: { userId, cardId: { in: states.map((state) => state.cardId) } },
    orderBy: [{ cardId: "asc" }, ...LOG_ORDER],
    select: { cardId: true, rating: true, reviewedAt: true, nextDue: true },
  });
  const byCard = new Map<string, typeof logs>();
  for (const log of logs) byCard.set(log.cardId, [...(byCard.get(log.cardId) ?? []), log]);
  const leeches: LeechDTO[] = [];
  for (const state of states) {
    const verdict = judgeLeech(historyFromRows(byCard.get(state.cardId) ?? []), schedulerSettingsOf(settingsForDeck(context, state.deckId)));
    if (!verdict.leech) continue;
    leeches.push({
      cardId: state.cardId,
      prompt: state.card.prompt,
      deckTitle: state.card.deck.title,
      failures: verdict.failures,
      expectedFailures: verdict.expectedFailures,
      tail: verdict.tail,
      suspended: state.suspended,
    });
  }
  return leeches.sort((a, b) => a.tail - b.tail || a.cardId.localeCompare(b.cardId));
}
