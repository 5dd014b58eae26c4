import "server-only";
import {
  formatSteps,
  previewReschedule,
  schedulerKey,
  schedulerSettingsOf,
  type HistoryEntry,
  type ReschedulePreview,
  type SchedulerSettings,
  type SchedulingSettings,
  type StoredUserSettings,
} from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import { historyFromRows, LOG_ORDER } from "@/features/study/memory-row";
import { db } from "@/lib/db";
import { prepared } from "@/lib/sqlite-connection";
import type BetterSqlite3 from "better-sqlite3";
import type { CardState, Prisma } from "@/lib/generated/prisma/client";
import { settingsForDeck, type SchedulingContext } from "./context";

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
} as const;
const DECK_SETTINGS_SELECT = { deckId: true, newCardsPerDay: true, maxReviewsPerDay: true, desiredRetention: true } as const;


export async function loadSchedulingContext(userId: UserId, client: DbClient = db, deckIds?: string[]): Promise<SchedulingContext> {
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

/** One row of CONTEXT_SQL: the user's settings (SQLite keeps the boolean as 0/1) and the deck's overrides. */
type ContextRow = Omit<StoredUserSettings, "enableFuzz"> & {
  timeZone: string;
  hasSettings: string | null;
  enableFuzz: number;
  hasDeck: string | null;
  deckNewCardsPerDay: number | null;
  deckMaxReviewsPerDay: number | null;
  deckDesiredRetention: number | null;
};

const CONTEXT_SQL = `
  SELECT u."timeZone", s."userId" AS "hasSettings", s."desiredRetention", s."maximumInterval", s."newCardsPerDay",
         s."maxReviewsPerDay", s."learningSteps", s."relearningSteps", s."enableFuzz", s."dayStartHour", s."fsrsParameters",
         d."deckId" AS "hasDeck", d."newCardsPerDay" AS "deckNewCardsPerDay", d."maxReviewsPerDay" AS "deckMaxReviewsPerDay",
         d."desiredRetention" AS "deckDesiredRetention"
  FROM "User" u
  LEFT JOIN "UserSettings" s ON s."userId" = u."id"
  LEFT JOIN "DeckSettings" d ON d."userId" = u."id" AND d."deckId" = ?
  WHERE u."id" = ?`;

/**
 * `loadSchedulingContext` for one deck in one statement on a raw SQLite handle, for the answer
 * path's synchronous transaction (recordReviewOnSqlite in features/study/mutations.ts).
 */
export function loadSchedulingContextOnSqlite(handle: BetterSqlite3.Database, userId: string, deckId: string): SchedulingContext {
  const row = prepared(handle, CONTEXT_SQL).get(deckId, userId) as ContextRow | undefined;
  if (!row) throw new Error(`No user ${userId}.`);
  const user = row.hasSettings === null
    ? null
    : {
        desiredRetention: row.desiredRetention,
        maximumInterval: row.maximumInterval,
        newCardsPerDay: row.newCardsPerDay,
        maxReviewsPerDay: row.maxReviewsPerDay,
        learningSteps: row.learningSteps,
        relearningSteps: row.relearningSteps,
        enableFuzz: row.enableFuzz !== 0,
        dayStartHour: row.dayStartHour,
        fsrsParameters: row.fsrsParameters,
      };
  const decks = new Map(
    row.hasDeck === null
      ? []
      : [[deckId, { newCardsPerDay: row.deckNewCardsPerDay, maxReviewsPerDay: row.deckMaxReviewsPerDay, desiredRetention: row.deckDesiredRetention }]],
  );
  return { timeZone: row.timeZone, user, decks };
}

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

export interface AffectedCard {
  state: CardState;
  history: HistoryEntry[];
  before: SchedulerSettings;
  after: SchedulerSettings;
}

/**
 * The user's answered cards whose FSRS settings differ between two contexts, each with its log:
 * what a settings change would reschedule. Cards in decks whose settings stay put are skipped.
 */
export async function loadAffectedCards(client: DbClient, userId: UserId, before: SchedulingContext, after: SchedulingContext): Promise<AffectedCard[]> {
  const decks = await client.cardState.groupBy({ by: ["deckId"], where: { userId } });
  const changed = new Map<string, { before: SchedulerSettings; after: SchedulerSettings }>();
  for (const { deckId } of decks) {
    const old = schedulerSettingsOf(settingsForDeck(before, deckId));
    const next = schedulerSettingsOf(settingsForDeck(after, deckId));
    if (schedulerKey(old) !== schedulerKey(next)) changed.set(deckId, { before: old, after: next });
  }
  if (changed.size === 0) return [];
  const deckIds = [...changed.keys()];
  const states = await client.cardState.findMany({ where: { userId, deckId: { in: deckIds } } });
  const logs = await client.reviewLog.findMany({
    where: { userId, deckId: { in: deckIds } },
    orderBy: [{ cardId: "asc" }, ...LOG_ORDER],
    select: { cardId: true, rating: true, reviewedAt: true },
  });
  const logsByCard = new Map<string, { rating: number; reviewedAt: Date }[]>();
  for (const log of logs) {
    const list = logsByCard.get(log.cardId);
    if (list) list.push(log);
    else logsByCard.set(log.cardId, [log]);
  }
  return states.map((state) => ({ state, history: historyFromRows(logsByCard.get(state.cardId) ?? []), ...changed.get(state.deckId)! }));
}

/** What a settings change would do to the next 30 days of reviews; reads only. */
export async function previewSchedulingChange(userId: UserId, before: SchedulingContext, after: SchedulingContext, now: Date): Promise<ReschedulePreview> {
  const cards = await loadAffectedCards(db, userId, before, after);
  return previewReschedule(
    cards.map((card) => ({ history: card.history, before: card.before, after: card.after, suspended: card.state.suspended })),
    now,
  );
}

/** The settings form's values, as the inputs show them. */
export interface UserSettingsFormDTO {
  desiredRetention: string;
  maximumInterval: string;
  newCardsPerDay: string;
  maxReviewsPerDay: string;
  learningSteps: string;
  relearningSteps: string;
  enableFuzz: boolean;
  dayStartHour: string;
  timeZone: string;
  /** True when the optimizer's parameters are in use rather than ts-fsrs's defaults. */
  usesFittedParameters: boolean;
}

export function formValuesOf(settings: SchedulingSettings): UserSettingsFormDTO {
  return {
    desiredRetention: settings.desiredRetention.toFixed(2),
    maximumInterval: String(settings.maximumInterval),
    newCardsPerDay: String(settings.newCardsPerDay),
    maxReviewsPerDay: String(settings.maxReviewsPerDay),
    learningSteps: formatSteps(settings.learningSteps),
    relearningSteps: formatSteps(settings.relearningSteps),
    enableFuzz: settings.enableFuzz,
    dayStartHour: String(settings.dayStartHour),
    timeZone: settings.timeZone,
    usesFittedParameters: settings.fsrsParameters !== null,
  };
}

export async function getUserSettingsForm(userId: UserId): Promise<UserSettingsFormDTO> {
  return formValuesOf(settingsForDeck(await loadSchedulingContext(userId, db, []), null));
}

export interface DeckSettingsFormDTO {
  /** The deck's overrides as the inputs show them; "" inherits. */
  values: { desiredRetention: string; newCardsPerDay: string; maxReviewsPerDay: string };
  /** What an empty field inherits from the user's settings. */
  inherited: { desiredRetention: string; newCardsPerDay: string; maxReviewsPerDay: string };
}

export async function getDeckSettingsForm(userId: UserId, deckId: string): Promise<DeckSettingsFormDTO> {
  const context = await loadSchedulingContext(userId, db, [deckId]);
  const inherited = formValuesOf(settingsForDeck(context, null));
  const deck = context.decks.get(deckId);
  return {
    values: {
      desiredRetention: deck?.desiredRetention != null ? deck.desiredRetention.toFixed(2) : "",
      newCardsPerDay: deck?.newCardsPerDay != null ? String(deck.newCardsPerDay) : "",
      maxReviewsPerDay: deck?.maxReviewsPerDay != null ? String(deck.maxReviewsPerDay) : "",
    },
    inherited: { desiredRetention: inherited.desiredRetention, newCardsPerDay: inherited.newCardsPerDay, maxReviewsPerDay: inherited.maxReviewsPerDay },
  };
}
