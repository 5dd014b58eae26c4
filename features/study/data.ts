import "server-only";
import {
  buildStudyQueue,
  describeBacklog,
  describeDeadlinePlan,
  planDeadlineReviews,
  newMemoryState,
  previewIntervals,
  retrievability,
  schedulerSettingsOf,
  startOfNextStudyDay,
  startOfStudyDay,
  type Grade,
} from "@/core/scheduling";
import { db } from "@/lib/db";
import type { UserId } from "@/features/account/session";
import { visibleDecksWhere, type AuthorizedDeckId } from "@/features/deck/access";
import { getSchedulingSettings } from "@/features/card-state/data";
import { memoryToDTO, type PackCardDTO, type StudyPackDTO } from "./local-study";
import { memoryFromRow } from "@/core/scheduling";

/** The most cards a pack carries: a day's study of one deck, a few hundred KB of JSON at most. */
const MAX_PACK_CARDS = 400;

export interface StudyCardDTO {
  id: string;
  kind: string;
  prompt: string;
  answer: string;
  explanation: string;
  sources: string[];
  isNew: boolean;
  /** The card's review count as shown; sent back with the answer so a stale tab gets a conflict. */
  reps: number;
  /** The interval each answer would give, for the button labels. */
  previews: { rating: Grade; label: string }[];
}

export interface StudyViewDTO {
  card: StudyCardDTO | null;
  /** Cards left in this session, including the one shown. */
  remaining: number;
  dueCount: number;
  newCount: number;
  /** ISO time of the next card once nothing is left now. */
  nextDueAt: string | null;
  /**
   * True when that next card comes before the study day ends (a learning step): the screen then
   * counts down and shows it when due, instead of "done for today".
   */
  nextDueToday: boolean;
  /** Set when more reviews are due than today's maximum: what the screen says about it. */
  backlog: { due: number; shown: number; message: string } | null;
  /** Today's cards and what grading them needs, for the study screen to grade on the device (asked for with `withPack`). */
  pack?: StudyPackDTO;
  /** Deadline mode: "3 extra reviews before Friday to reach 85 %.", when an assignment needs them. */
  deadline: string | null;
}

/** Group -> the cards of it answered today. */
function groupAnswers(logs: readonly { cardId: string; card: { group: string } }[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const log of logs) {
    if (!log.card.group) continue;
    const cards = groups.get(log.card.group) ?? new Set<string>();
    cards.add(log.cardId);
    groups.set(log.card.group, cards);
  }
  return groups;
}

/** How many new cards per allowed one are read, for decks whose facts have several cards. */
const SIBLING_LOOKAHEAD = 4;

/** Cards a user may start now: never answered, or back to new (forgotten), and neither suspended nor buried. */
function startableNewCardsWhere(userId: UserId, deckId: AuthorizedDeckId, now: Date) {
  return {
    deckId,
    deletedAt: null,
    OR: [
      { states: { none: { userId } } },
      { states: { some: { userId, phase: "new" as const, suspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] } } },
    ],
  };
}

/**
 * The next card to study in a deck and what is left, as of `now` in the user's study day, with
 * the user's settings for this deck (daily limits, day start, time zone, FSRS settings).
 * `preferCardId` puts that card first if it is in the queue (an undone card comes straight back).
 */
export async function getStudyView(
  user: { id: UserId },
  deckId: AuthorizedDeckId,
  now: Date,
  options: { preferCardId?: string; withPack?: boolean } = {},
): Promise<StudyViewDTO> {
  const settings = await getSchedulingSettings(user.id, deckId);
  const scheduler = schedulerSettingsOf(settings);
  const dayStart = startOfStudyDay(now, settings.timeZone, settings.dayStartHour);
  const nextDayStart = startOfNextStudyDay(now, settings.timeZone, settings.dayStartHour);
  const answeredToday = (phase: "new" | "review") =>
    db.reviewLog.count({ where: { userId: user.id, deckId, phase, rating: { gt: 0 }, reviewedAt: { gte: dayStart } } });
  const [answered, unseen, newStartedToday, reviewsDoneToday, buriedNew, answeredTodayLogs, assignment] = await Promise.all([
    db.cardState.findMany({ where: { userId: user.id, deckId, phase: { not: "new" }, card: { deletedAt: null } }, include: { card: { select: { group: true } } } }),
    db.card.findMany({
      where: startableNewCardsWhere(user.id, deckId, now),
      orderBy: { position: "asc" },
      select: { id: true, group: true },
      // Siblings held back make room for later cards: read enough to fill the allowance anyway.
      // Two days' worth: the pack carries tomorrow's new cards too, for a device offline overnight.
      take: (settings.burySiblings ? settings.newCardsPerDay * SIBLING_LOOKAHEAD : settings.newCardsPerDay) * 2 + 1,
    }),
    answeredToday("new"),
    answeredToday("review"),
    db.cardState.findFirst({
      where: { userId: user.id, deckId, phase: "new", suspended: false, buriedUntil: { gt: now }, card: { deletedAt: null } },
      orderBy: { buriedUntil: "asc" },
      select: { buriedUntil: true },
    }),
    settings.burySiblings
      ? db.reviewLog.findMany({
          where: { userId: user.id, deckId, rating: { gt: 0 }, reviewedAt: { gte: dayStart } },
          distinct: ["cardId"],
          select: { cardId: true, card: { select: { group: true } } },
        })
      : [],
    // The next due date of a class assignment of this deck the user is enrolled for.
    db.assignment.findFirst({
      where: { deckId, kind: "deck", dueAt: { gt: now }, class: { members: { some: { userId: user.id } } } },
      orderBy: { dueAt: "asc" },
      select: { dueAt: true, targetRecall: true },
    }),
  ]);
  const plan = assignment
    ? planDeadlineReviews(
        answered.filter((row) => !row.suspended).map((row) => ({ cardId: row.cardId, state: memoryFromRow(row) })),
        assignment,
        now,
        scheduler,
        { todayStart: dayStart },
      )
    : null;
  const plannedAt = new Map(plan?.reviews.map((review) => [review.cardId, review.at]) ?? []);
  const queue = buildStudyQueue({
    now,
    scheduled: answered.map((row) => ({
      cardId: row.cardId,
      // Deadline mode makes a card due earlier; its stored state stays FSRS's.
      due: plannedAt.has(row.cardId) ? plannedAt.get(row.cardId)! : row.due,
      phase: row.phase,
      suspended: row.suspended,
      buriedUntil: row.buriedUntil,
      group: row.card.group,
      retrievability: row.due.getTime() <= now.getTime() || (plannedAt.get(row.cardId)?.getTime() ?? Infinity) <= now.getTime() ? retrievability(memoryFromRow(row), now, scheduler) : undefined,
    })),
    unseenCardIds: unseen.map((card) => card.id),
    newStartedToday,
    newCardsPerDay: settings.newCardsPerDay,
    reviewsDoneToday,
    maxReviewsPerDay: settings.maxReviewsPerDay,
    nextDayStart,
    newBuriedUntil: buriedNew?.buriedUntil ?? null,
    siblings: settings.burySiblings
      ? {
          groupOf: new Map(unseen.map((card) => [card.id, card.group])),
          answeredToday: groupAnswers(answeredTodayLogs),
        }
      : undefined,
  });
  const cardIds = options.preferCardId && queue.cardIds.includes(options.preferCardId)
    ? [options.preferCardId, ...queue.cardIds.filter((id) => id !== options.preferCardId)]
    : queue.cardIds;
  const nextId = cardIds[0];
  const base = {
    remaining: cardIds.length,
    dueCount: queue.dueCount,
    newCount: queue.newCount,
    nextDueAt: queue.nextDueAt?.toISOString() ?? null,
    nextDueToday: queue.nextDueAt !== null && queue.nextDueAt.getTime() < nextDayStart.getTime(),
    backlog: queue.backlog ? { ...queue.backlog, message: describeBacklog(queue.backlog) } : null,
    deadline: plan && assignment ? describeDeadlinePlan(plan, assignment, now, settings.timeZone) : null,
  };
  const pack = options.withPack
    ? await buildPack({
        userId: user.id,
        now,
        nextDayStart,
        followingDayStart: startOfNextStudyDay(nextDayStart, settings.timeZone, settings.dayStartHour),
        scheduler,
        settings,
        answered,
        unseenIds: unseen.map((card) => card.id),
        newStartedToday,
        reviewsDoneToday,
        newBuriedUntil: buriedNew?.buriedUntil ?? null,
        preferCardId: cardIds[0],
        // The device keeps siblings apart by the same rule (local-study.ts, core/scheduling/queue.ts).
        siblingsAnsweredToday: settings.burySiblings ? groupAnswers(answeredTodayLogs) : null,
      })
    : undefined;
  if (!nextId) return { card: null, ...base, pack };

  const card = await db.card.findUniqueOrThrow({
    where: { id: nextId },
    select: {
      id: true,
      kind: true,
      prompt: true,
      answer: true,
      explanation: true,
      sources: { orderBy: { sentence: { position: "asc" } }, select: { sentence: { select: { text: true } } } },
      states: { where: { userId: user.id } },
    },
  });
  const stateRow = card.states[0];
  const memory = stateRow ? memoryFromRow(stateRow) : newMemoryState(now);
  // Labels use the same settings as grading (fuzz included), so they name what the answer will do.
  const previews = previewIntervals(memory, now, scheduler).map(({ rating, label }) => ({ rating, label }));
  return {
    card: {
      id: card.id,
      kind: card.kind,
      prompt: card.prompt,
      answer: card.answer,
      explanation: card.explanation,
      sources: card.sources.map((source) => source.sentence.text),
      isNew: memory.phase === "new",
      reps: stateRow?.reps ?? 0,
      previews,
    },
    ...base,
    pack,
  };
}

/**
 * The pack: answered cards due before the study day ends (learning steps included, suspended
 * ones left out) by due time, then the startable new cards in deck order, with their content.
 * `preferCardId` (the card the view shows) is always in it.
 */
async function buildPack(input: {
  userId: UserId;
  now: Date;
  nextDayStart: Date;
  followingDayStart: Date;
  scheduler: ReturnType<typeof schedulerSettingsOf>;
  settings: { newCardsPerDay: number; maxReviewsPerDay: number };
  answered: { cardId: string; due: Date; suspended: boolean; buriedUntil: Date | null; phase: string }[];
  unseenIds: string[];
  newStartedToday: number;
  reviewsDoneToday: number;
  newBuriedUntil: Date | null;
  preferCardId: string | undefined;
  /** Group -> cards of it answered today, when siblings are kept apart; null when the setting is off. */
  siblingsAnsweredToday: Map<string, Set<string>> | null;
}): Promise<StudyPackDTO> {
  const dueToday = input.answered
    .filter((row) => !row.suspended && row.phase !== "new" && row.due.getTime() < input.followingDayStart.getTime())
    .sort((a, b) => a.due.getTime() - b.due.getTime())
    .map((row) => row.cardId);
  let ids = [...dueToday, ...input.unseenIds];
  const truncated = ids.length > MAX_PACK_CARDS;
  if (truncated) ids = ids.slice(0, MAX_PACK_CARDS);
  if (input.preferCardId && !ids.includes(input.preferCardId)) ids.unshift(input.preferCardId);
  const rows = await db.card.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      kind: true,
      prompt: true,
      answer: true,
      explanation: true,
      group: true,
      sources: { orderBy: { sentence: { position: "asc" } }, select: { sentence: { select: { text: true } } } },
      states: { where: { userId: input.userId } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const cards: PackCardDTO[] = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const state = row.states[0];
    return [
      {
        id: row.id,
        kind: row.kind,
        prompt: row.prompt,
        answer: row.answer,
        explanation: row.explanation,
        sources: row.sources.map((source) => source.sentence.text),
        state: state ? memoryToDTO(memoryFromRow(state)) : null,
        buriedUntil: state?.buriedUntil?.toISOString() ?? null,
        ...(row.group ? { group: row.group } : {}),
      },
    ];
  });
  return {
    madeAt: input.now.toISOString(),
    settings: input.scheduler,
    nextDayStart: input.nextDayStart.toISOString(),
    followingDayStart: input.followingDayStart.toISOString(),
    newCardsPerDay: input.settings.newCardsPerDay,
    newStartedToday: input.newStartedToday,
    maxReviewsPerDay: input.settings.maxReviewsPerDay,
    reviewsDoneToday: input.reviewsDoneToday,
    newBuriedUntil: input.newBuriedUntil?.toISOString() ?? null,
    ...(input.siblingsAnsweredToday
      ? { siblingsAnsweredToday: Object.fromEntries([...input.siblingsAnsweredToday].map(([group, cards]) => [group, [...cards]])) }
      : {}),
    cards,
    truncated,
  };
}

/** The most decks a device keeps for offline study: each is one study page in the service worker's cache. */
export const MAX_OFFLINE_DECKS = 30;

/**
 * The decks a device should keep for offline study: those the user may study and has started
 * (a card with a state), most recently studied first. A deck never started has no cards due.
 */
export async function listDecksToKeepOffline(userId: UserId): Promise<string[]> {
  const decks = await db.deck.findMany({
    where: { AND: [await visibleDecksWhere(userId), { cardStates: { some: { userId } } }] },
    select: { slug: true, cardStates: { where: { userId }, orderBy: { lastReview: "desc" }, take: 1, select: { lastReview: true } } },
  });
  return decks
    .sort((a, b) => (b.cardStates[0]?.lastReview?.getTime() ?? 0) - (a.cardStates[0]?.lastReview?.getTime() ?? 0))
    .slice(0, MAX_OFFLINE_DECKS)
    .map((deck) => deck.slug);
}
