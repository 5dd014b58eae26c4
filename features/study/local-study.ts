import {
  buildStudyQueue,
  gradeCard,
  newMemoryState,
  previewIntervals,
  retrievability,
  type Grade,
  type MemoryState,
  type SchedulerSettings,
  type StudyQueue,
} from "@/core/scheduling";

/*
 * Studying on the device (issue 16): the server hands the study screen a pack — today's cards of
 * the deck with their scheduling state and the user's settings for it — and the screen grades
 * each answer here with the same core/scheduling code the server runs, so the next card shows at
 * once and study goes on offline. The answers go to the server afterwards (outbox.ts), which
 * grades each again from its own state; what is computed here is only what the screen shows.
 * Pure: no React, no network, every function takes `now`.
 */

/** A memory state as JSON carries it: instants as ISO strings. */
export interface MemoryStateDTO extends Omit<MemoryState, "due" | "lastReview"> {
  due: string;
  lastReview: string | null;
}

export interface PackCardDTO {
  id: string;
  kind: string;
  prompt: string;
  answer: string;
  explanation: string;
  sources: string[];
  /** Null for a card never answered. */
  state: MemoryStateDTO | null;
  buriedUntil: string | null;
  /** The card's sibling group (Card.group), when it has one. */
  group?: string;
}

export interface StudyPackDTO {
  /** When the server made the pack; a newer pack replaces an older one. */
  madeAt: string;
  settings: SchedulerSettings;
  nextDayStart: string;
  /**
   * When the study day after `nextDayStart` starts. The pack also carries the cards due before
   * it (and a second day's new cards), so a device that stays offline past `nextDayStart` rolls
   * over to the next day and studies it. Absent in packs made before this field existed.
   */
  followingDayStart?: string;
  newCardsPerDay: number;
  newStartedToday: number;
  maxReviewsPerDay: number;
  reviewsDoneToday: number;
  newBuriedUntil: string | null;
  /** Present when siblings are kept apart: group -> ids of its cards answered today (before the pack was made). */
  siblingsAnsweredToday?: Record<string, string[]>;
  /** Cards due today and the next study day (answered ones by due time), then startable new ones in deck order. */
  cards: PackCardDTO[];
  /** True when more cards are due today than the pack carries: ask the server again when it runs out. */
  truncated: boolean;
}

/** The pack as the screen works on it: states as Dates, updated by each answer given here. */
export interface LocalStudy {
  pack: StudyPackDTO;
  states: Map<string, MemoryState | null>;
  /** Group -> cards of it answered today, here or before the pack; null when siblings are not kept apart. */
  siblingsAnsweredToday: Map<string, Set<string>> | null;
  newStartedToday: number;
  reviewsDoneToday: number;
  /** When the study day these counts belong to ends (ISO). */
  dayEnds: string;
  /** When the study day after that one ends (ISO), if the pack knows. */
  followingDayEnds: string | null;
}

export function memoryToDTO(state: MemoryState): MemoryStateDTO {
  return { ...state, due: state.due.toISOString(), lastReview: state.lastReview?.toISOString() ?? null };
}

export function memoryFromDTO(dto: MemoryStateDTO): MemoryState {
  return { ...dto, due: new Date(dto.due), lastReview: dto.lastReview === null ? null : new Date(dto.lastReview) };
}

export function startLocalStudy(pack: StudyPackDTO): LocalStudy {
  return {
    pack,
    states: new Map(pack.cards.map((card) => [card.id, card.state ? memoryFromDTO(card.state) : null])),
    siblingsAnsweredToday: pack.siblingsAnsweredToday ? new Map(Object.entries(pack.siblingsAnsweredToday).map(([group, ids]) => [group, new Set(ids)])) : null,
    newStartedToday: pack.newStartedToday,
    reviewsDoneToday: pack.reviewsDoneToday,
    dayEnds: pack.nextDayStart,
    followingDayEnds: pack.followingDayStart ?? null,
  };
}

/**
 * The study as of `now`: once the pack's study day has ended (a device offline overnight, or a
 * page kept from yesterday), the next day starts with its own allowances and no siblings held
 * back, as the server would start it. Beyond the day after, the pack knows nothing: it stays.
 */
export function onStudyDay(study: LocalStudy, now: Date): LocalStudy {
  if (study.followingDayEnds === null || now.getTime() < new Date(study.dayEnds).getTime()) return study;
  return {
    ...study,
    newStartedToday: 0,
    reviewsDoneToday: 0,
    siblingsAnsweredToday: study.siblingsAnsweredToday ? new Map() : null,
    dayEnds: study.followingDayEnds,
    followingDayEnds: null,
  };
}

/** What to show now, by the same rules as the server's study view (buildStudyQueue). */
export function localQueue(current: LocalStudy, now: Date): StudyQueue {
  const study = onStudyDay(current, now);
  const scheduled = [];
  const unseenCardIds: string[] = [];
  for (const card of study.pack.cards) {
    const state = study.states.get(card.id) ?? null;
    if (!state || state.phase === "new") {
      if (!card.buriedUntil || new Date(card.buriedUntil).getTime() <= now.getTime()) unseenCardIds.push(card.id);
      continue;
    }
    scheduled.push({
      cardId: card.id,
      due: state.due,
      phase: state.phase,
      buriedUntil: card.buriedUntil ? new Date(card.buriedUntil) : null,
      ...(card.group ? { group: card.group } : {}),
      retrievability: state.due.getTime() <= now.getTime() ? retrievability(state, now, study.pack.settings) : undefined,
    });
  }
  return buildStudyQueue({
    now,
    scheduled,
    unseenCardIds,
    newStartedToday: study.newStartedToday,
    newCardsPerDay: study.pack.newCardsPerDay,
    reviewsDoneToday: study.reviewsDoneToday,
    maxReviewsPerDay: study.pack.maxReviewsPerDay,
    nextDayStart: new Date(study.dayEnds),
    newBuriedUntil: study.pack.newBuriedUntil ? new Date(study.pack.newBuriedUntil) : null,
    ...(study.siblingsAnsweredToday
      ? { siblings: { groupOf: new Map(study.pack.cards.flatMap((card) => (card.group ? [[card.id, card.group] as const] : []))), answeredToday: study.siblingsAnsweredToday } }
      : {}),
  });
}

/** The memory state a card starts this answer from. */
export function stateBefore(study: LocalStudy, cardId: string, now: Date): MemoryState {
  return study.states.get(cardId) ?? newMemoryState(now);
}

/** The four buttons' intervals for a card now, with the pack's settings (fuzz included, as on the server). */
export function localPreviews(study: LocalStudy, cardId: string, now: Date): { rating: Grade; label: string }[] {
  return previewIntervals(stateBefore(study, cardId, now), now, study.pack.settings).map(({ rating, label }) => ({ rating, label }));
}

/** Grades an answer on the device: the new local study and the state the server should arrive at too. */
export function answerLocally(current: LocalStudy, cardId: string, rating: Grade, now: Date): { study: LocalStudy; next: MemoryState } {
  const study = onStudyDay(current, now);
  const before = stateBefore(study, cardId, now);
  const { next } = gradeCard(before, rating, now, study.pack.settings);
  const states = new Map(study.states);
  states.set(cardId, next);
  // The answered card's siblings now wait for tomorrow on the device too.
  const group = study.pack.cards.find((card) => card.id === cardId)?.group;
  let siblingsAnsweredToday = study.siblingsAnsweredToday;
  if (siblingsAnsweredToday && group) {
    siblingsAnsweredToday = new Map(siblingsAnsweredToday);
    siblingsAnsweredToday.set(group, new Set([...(siblingsAnsweredToday.get(group) ?? []), cardId]));
  }
  return {
    study: {
      ...study,
      states,
      siblingsAnsweredToday,
      newStartedToday: study.newStartedToday + (before.phase === "new" ? 1 : 0),
      reviewsDoneToday: study.reviewsDoneToday + (before.phase === "review" ? 1 : 0),
    },
    next,
  };
}
