import "server-only";
import {
  buildStudyQueue,
  DEFAULT_NEW_CARDS_PER_DAY,
  DEFAULT_SCHEDULER_SETTINGS,
  newMemoryState,
  previewIntervals,
  startOfNextStudyDay,
  startOfStudyDay,
  type Grade,
} from "@/core/scheduling";
import { db } from "@/lib/db";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { memoryFromRow } from "./memory-row";

export interface StudyCardDTO {
  id: string;
  kind: string;
  prompt: string;
  answer: string;
  explanation: string;
  sources: string[];
  isNew: boolean;
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
}

/** The next card to study in a deck and what is left, as of `now` in the user's day. */
export async function getStudyView(
  user: { id: UserId; timeZone: string },
  deckId: AuthorizedDeckId,
  now: Date,
): Promise<StudyViewDTO> {
  const dayStart = startOfStudyDay(now, user.timeZone);
  const [scheduled, unseen, newStartedToday] = await Promise.all([
    db.cardState.findMany({
      where: { userId: user.id, deckId },
      select: { cardId: true, due: true, phase: true },
    }),
    db.card.findMany({
      where: { deckId, states: { none: { userId: user.id } } },
      orderBy: { position: "asc" },
      select: { id: true },
      take: DEFAULT_NEW_CARDS_PER_DAY + 1,
    }),
    db.reviewLog.count({ where: { userId: user.id, deckId, phase: "new", reviewedAt: { gte: dayStart } } }),
  ]);
  const queue = buildStudyQueue({
    now,
    scheduled,
    unseenCardIds: unseen.map((card) => card.id),
    newStartedToday,
    newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY,
    nextDayStart: startOfNextStudyDay(now, user.timeZone),
  });
  const nextId = queue.cardIds[0];
  const base = {
    remaining: queue.cardIds.length,
    dueCount: queue.dueCount,
    newCount: queue.newCount,
    nextDueAt: queue.nextDueAt?.toISOString() ?? null,
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
  const previews = previewIntervals(memory, now, DEFAULT_SCHEDULER_SETTINGS).map(({ rating, label }) => ({ rating, label }));
  return {
    card: {
      id: card.id,
      kind: card.kind,
      prompt: card.prompt,
      answer: card.answer,
      explanation: card.explanation,
      sources: card.sources.map((source) => source.sentence.text),
      isNew: !stateRow,
      previews,
    },
    ...base,
  };
}
