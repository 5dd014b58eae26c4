import "server-only";
import {
  formatSteps,
  previewReschedule,
  schedulerKey,
  schedulerSettingsOf,
  type EasyDay,
  type HistoryEntry,
  type ReschedulePreview,
  type SchedulerSettings,
  type SchedulingSettings,
  type SimulatedCardState,
} from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import { LOG_ORDER } from "@/features/card-state/log";
import { historyFromRows } from "@/core/scheduling";
import { db } from "@/lib/db";
import { loadSchedulingContext } from "@/lib/scheduling-context";
import type { CardState } from "@/lib/generated/prisma/client";
import { settingsForDeck, type SchedulingContext } from "@/core/scheduling";

import type { DbClient } from "@/lib/scheduling-context";

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
    select: { cardId: true, rating: true, reviewedAt: true, nextDue: true },
  });
  const logsByCard = new Map<string, { rating: number; reviewedAt: Date; nextDue: Date }[]>();
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
  burySiblings: boolean;
  loadBalance: boolean;
  /** Monday first. */
  easyDays: EasyDay[];
  autoSuspendLeeches: boolean;
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
    burySiblings: settings.burySiblings,
    loadBalance: settings.loadBalance,
    easyDays: [...settings.easyDays],
    autoSuspendLeeches: settings.autoSuspendLeeches,
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

/** What the workload chart simulates from: the user's cards as they are now and their settings. */
export interface WorkloadInputDTO {
  w: number[] | null;
  desiredRetention: number;
  newCardsPerDay: number;
  maxReviewsPerDay: number;
  learningSteps: number;
  relearningSteps: number;
  maximumInterval: number;
  /** Cards not yet started in the decks the user studies; null = none known (a steady supply is assumed). */
  newCards: number | null;
  existing: SimulatedCardState[];
}

const DAY_MS = 86_400_000;

export async function getWorkloadInput(userId: UserId, now: Date): Promise<WorkloadInputDTO> {
  const settings = settingsForDeck(await loadSchedulingContext(userId, db, []), null);
  const states = await db.cardState.findMany({
    where: { userId, suspended: false, phase: { not: "new" } },
    select: { stability: true, difficulty: true, due: true, lastReview: true, deckId: true },
  });
  const deckIds = [...new Set(states.map((state) => state.deckId))];
  const newCards = deckIds.length === 0 ? null : await db.card.count({ where: { deckId: { in: deckIds }, states: { none: { userId, phase: { not: "new" } } } } });
  return {
    w: settings.fsrsParameters,
    desiredRetention: settings.desiredRetention,
    newCardsPerDay: settings.newCardsPerDay,
    maxReviewsPerDay: settings.maxReviewsPerDay,
    learningSteps: settings.learningSteps.length,
    relearningSteps: settings.relearningSteps.length,
    maximumInterval: settings.maximumInterval,
    newCards,
    existing: states.map((state) => ({
      stability: state.stability,
      difficulty: state.difficulty,
      dueInDays: Math.max(0, Math.ceil((state.due.getTime() - now.getTime()) / DAY_MS)),
      elapsedDays: state.lastReview ? Math.max(0, (now.getTime() - state.lastReview.getTime()) / DAY_MS) : 0,
    })),
  };
}
