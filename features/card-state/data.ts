import "server-only";
import { settingsForDeck, type SchedulingSettings } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import { db } from "@/lib/db";
import { loadSchedulingContext, type DbClient } from "@/lib/scheduling-context";

/*
 * The card-state reads that study, settings, deck, card-info, class and stats all point down to:
 * the user's scheduling settings per deck (and the card log's order, latestEntryAt, in log.ts).
 * This folder imports no other feature but account's types.
 */

export type { DbClient };
export { loadSchedulingContext };

/**
 * The settings that decide what this user studies in this deck and when: defaults <- the user's
 * settings <- the deck's overrides, with the optimizer's parameters (null = ts-fsrs's defaults).
 */
export async function getSchedulingSettings(userId: UserId, deckId: string, client: DbClient = db): Promise<SchedulingSettings> {
  return settingsForDeck(await loadSchedulingContext(userId, client, [deckId]), deckId);
}

/** The same for several decks at once (the dashboard). */
export async function getSchedulingSettingsForDecks(userId: UserId, deckIds: string[]): Promise<Map<string, SchedulingSettings>> {
  const context = await loadSchedulingContext(userId, db, deckIds);
  return new Map(deckIds.map((deckId) => [deckId, settingsForDeck(context, deckId)]));
}

