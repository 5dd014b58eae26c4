import type { SchedulingContext } from "@/core/scheduling";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The app's client or an open transaction: settings are read inside the writes that depend on them. */
export type DbClient = Prisma.TransactionClient;

const USER_SETTINGS_SELECT = {
  desiredRetention: true,
  maximumInterval: true,
  newCardsPerDay: true,
  maxReviewsPerDay: true,
  learningSteps: true,
  relearningSteps: true,
  enableFuzz: true,
  dayStartHour: true,
  fsrsParameters: true,
  burySiblings: true,
  loadBalance: true,
  easyDays: true,
  autoSuspendLeeches: true,
} as const;
const DECK_SETTINGS_SELECT = { deckId: true, newCardsPerDay: true, maxReviewsPerDay: true, desiredRetention: true } as const;


/** Everything stored about one user's scheduling, with the overrides of `deckIds` (all decks when absent). */
export async function loadSchedulingContext(userId: string, client: DbClient = db, deckIds?: string[]): Promise<SchedulingContext> {
  // One query (not two in parallel: `client` is often a transaction, one connection).
  const user = await client.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      timeZone: true,
      settings: { select: USER_SETTINGS_SELECT },
      deckSettings: { where: deckIds ? { deckId: { in: deckIds } } : {}, select: DECK_SETTINGS_SELECT },
    },
  });
  return { timeZone: user.timeZone, user: user.settings, decks: new Map(user.deckSettings.map(({ deckId, ...rest }) => [deckId, rest])) };
}

