import { checkFsrsParameters, replayState, sameMemoryState } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { memoryFromRow, rowFromMemory } from "@/core/scheduling";
import { db } from "@/lib/db";
import { withDeckSettings, withFsrsParameters, withUserSettings, type SchedulingContext } from "@/core/scheduling";
import { loadAffectedCards } from "./data";
import { loadSchedulingContext, type DbClient } from "@/features/card-state/data";
import type { DeckSettingsInput, UserSettingsInput } from "./schema";

/** A user with tens of thousands of reviews takes seconds to replay; Prisma's default is 5 s. */
const RESCHEDULE_TIMEOUT_MS = 120_000;

/**
 * Rewrites every card whose FSRS settings change from `before` to `after` with the state its own
 * log replays to under `after`. This is what keeps "stored state = replay of the log under the
 * current settings" true: a settings change that FSRS would notice is never saved without it.
 * Returns how many card states changed.
 */
export async function rescheduleAffectedCards(tx: DbClient, userId: UserId, before: SchedulingContext, after: SchedulingContext): Promise<number> {
  let changed = 0;
  for (const card of await loadAffectedCards(tx, userId, before, after)) {
    const next = replayState(card.history, card.after);
    // A card with a row but no log (suspended or buried before its first answer) has nothing to replay.
    if (!next || sameMemoryState(memoryFromRow(card.state), next)) continue;
    await tx.cardState.update({ where: { id: card.state.id }, data: rowFromMemory(next) });
    changed += 1;
  }
  return changed;
}

export interface SavedSettings {
  /** Cards whose stored state changed. */
  rescheduled: number;
}

/** Saves the settings form and reschedules what it changes, in one transaction. */
export async function saveUserSettings(userId: UserId, input: UserSettingsInput): Promise<SavedSettings> {
  return db.$transaction(
    async (tx) => {
      const before = await loadSchedulingContext(userId, tx);
      const after = withUserSettings(before, input);
      const { timeZone, ...fields } = input;
      await tx.user.update({ where: { id: userId }, data: { timeZone } });
      await tx.userSettings.upsert({ where: { userId }, create: { userId, ...fields }, update: fields });
      return { rescheduled: await rescheduleAffectedCards(tx, userId, before, after) };
    },
    { timeout: RESCHEDULE_TIMEOUT_MS },
  );
}

/** Saves one deck's overrides (null inherits) and reschedules that deck's cards if FSRS notices. */
export async function saveDeckSettings(userId: UserId, deckId: AuthorizedDeckId, input: DeckSettingsInput): Promise<SavedSettings> {
  return db.$transaction(
    async (tx) => {
      const before = await loadSchedulingContext(userId, tx);
      const after = withDeckSettings(before, deckId, input);
      await tx.deckSettings.upsert({ where: { userId_deckId: { userId, deckId } }, create: { userId, deckId, ...input }, update: input });
      return { rescheduled: await rescheduleAffectedCards(tx, userId, before, after) };
    },
    { timeout: RESCHEDULE_TIMEOUT_MS },
  );
}

/**
 * Stores FSRS parameters (the optimizer's fit; null resets to ts-fsrs's defaults) and
 * reschedules every card under them, inside the caller's transaction. Parameters must go
 * through here, never straight into the column, or stored states would stop matching their logs.
 */
export async function writeFsrsParameters(tx: DbClient, userId: UserId, parameters: readonly number[] | null): Promise<SavedSettings> {
  if (parameters && !checkFsrsParameters(parameters)) throw new RangeError("FSRS parameters must be 17, 19 or 21 finite numbers in ts-fsrs's ranges.");
  const before = await loadSchedulingContext(userId, tx);
  const after = withFsrsParameters(before, parameters);
  const fsrsParameters = after.user!.fsrsParameters;
  await tx.userSettings.upsert({ where: { userId }, create: { userId, fsrsParameters }, update: { fsrsParameters } });
  return { rescheduled: await rescheduleAffectedCards(tx, userId, before, after) };
}

/** `writeFsrsParameters` in a transaction of its own. */
export async function saveFsrsParameters(userId: UserId, parameters: readonly number[] | null): Promise<SavedSettings> {
  return db.$transaction((tx) => writeFsrsParameters(tx, userId, parameters), { timeout: RESCHEDULE_TIMEOUT_MS });
}
