import "server-only";
import {
  buildStudyQueue,
  describeBacklog,
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
import type { AuthorizedDeckId } from "@/features/deck/access";
import { getSchedulingSettings } from "@/features/settings/data";
import { memoryFromRow } from "./memory-row";

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
  /** Set when more reviews are due than today's maximum: what the screen says about it. */
  backlog: { due: number; shown: number; message: string } | null;
}

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
  options: { preferCardId?: string } = {},
): Promise<StudyViewDTO> {
  const settings = await getSchedulingSettings(user.id, deckId);
  const scheduler = schedulerSettingsOf(settings);
  const dayStart = startOfStudyDay(now, settings.timeZone, settings.dayStartHour);
  const answeredToday = (phase: "new" | "review") =>
    db.reviewLog.count({ where: { userId: user.id, deckId, phase, rating: { gt: 0 }, reviewedAt: { gte: dayStart } } });
  const [answered, unseen, newStartedToday, reviewsDoneToday, buriedNew] = await Promise.all([
    db.cardState.findMany({ where: { userId: user.id, deckId, phase: { not: "new" }, card: { deletedAt: null } } }),
    db.card.findMany({
      where: startableNewCardsWhere(user.id, deckId, now),
      orderBy: { position: "asc" },
      select: { id: true },
      take: settings.newCardsPerDay + 1,
    }),
    answeredToday("new"),
    answeredToday("review"),
    db.cardState.findFirst({
      where: { userId: user.id, deckId, phase: "new", suspended: false, buriedUntil: { gt: now }, card: { deletedAt: null } },
      orderBy: { buriedUntil: "asc" },
      select: { buriedUntil: true },
    }),
  ]);
  const queue = buildStudyQueue({
    now,
    scheduled: answered.map((row) => ({
      cardId: row.cardId,
      due: row.due,
      phase: row.phase,
      suspended: row.suspended,
      buriedUntil: row.buriedUntil,
      retrievability: row.due.getTime() <= now.getTime() ? retrievability(memoryFromRow(row), now, scheduler) : undefined,
    })),
    unseenCardIds: unseen.map((card) => card.id),
    newStartedToday,
    newCardsPerDay: settings.newCardsPerDay,
    reviewsDoneToday,
    maxReviewsPerDay: settings.maxReviewsPerDay,
    nextDayStart: startOfNextStudyDay(now, settings.timeZone, settings.dayStartHour),
    newBuriedUntil: buriedNew?.buriedUntil ?? null,
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
    backlog: queue.backlog ? { ...queue.backlog, message: describeBacklog(queue.backlog) } : null,
  };
  if (!nextId) return { card: null, ...base };

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
  };
}
