import "server-only";
import {
  explainDue,
  forgettingCurve,
  forgettingCurveOf,
  formatInterval,
  GRADE_NAMES,
  judgeLeech,
  replayHistory,
  schedulerSettingsOf,
  type CardPhase,
  type CurvePoint,
  type Grade,
} from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { getSchedulingSettings } from "@/features/card-state/data";
import { LOG_ORDER } from "@/features/card-state/log";
import { historyFromRows, memoryFromRow } from "@/core/scheduling";
import { db } from "@/lib/db";

const DAY_MS = 86_400_000;

export interface CardHistoryRowDTO {
  at: string;
  /** "Again" ... "Easy", or "Reset to new". */
  action: string;
  phaseBefore: CardPhase;
  /** Chance of recall at that moment, before the answer (null for a new card). */
  recallBefore: number | null;
  /** The interval the answer gave, e.g. "10m", "4d". */
  interval: string;
  stabilityAfter: number;
  difficultyAfter: number;
  durationMs: number;
}

export interface CardInfoDTO {
  card: { id: string; prompt: string; answer: string };
  deck: { slug: string; title: string };
  timeZone: string;
  desiredRetention: number;
  memory: {
    phase: CardPhase;
    /** days */
    stability: number;
    /** 1-10 */
    difficulty: number;
    recallNow: number;
    due: string;
    lastReview: string | null;
    reps: number;
    lapses: number;
  } | null;
  suspended: boolean;
  buriedUntil: string | null;
  /** Set when the card is a leech for this user (core/scheduling/leeches.ts): its failures and how likely they were. */
  leech: { failures: number; expectedFailures: number; tail: number } | null;
  /** "Why is this card due?" in one sentence. */
  explanation: string;
  history: CardHistoryRowDTO[];
  curve: { points: CurvePoint[]; dueDay: number; nowDay: number; recallNow: number; recallAtDue: number } | null;
}

/** Everything the card-info page shows about one card for one user, as of `now`. */
export async function getCardInfo(userId: UserId, deckId: AuthorizedDeckId, cardId: string, now: Date): Promise<CardInfoDTO | null> {
  const [card, row, logs, settings] = await Promise.all([
    db.card.findFirst({ where: { id: cardId, deckId }, select: { id: true, prompt: true, answer: true, deck: { select: { slug: true, title: true } } } }),
    db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } }),
    db.reviewLog.findMany({ where: { userId, cardId }, orderBy: [...LOG_ORDER], select: { rating: true, reviewedAt: true, nextDue: true, durationMs: true } }),
    getSchedulingSettings(userId, deckId),
  ]);
  if (!card) return null;
  const scheduler = schedulerSettingsOf(settings);
  const history = historyFromRows(logs);
  const steps = replayHistory(history, scheduler);
  const state = row ? memoryFromRow(row) : null;
  const answered = state && state.phase !== "new" ? state : null;
  const curve = answered ? forgettingCurveOf(answered, now, scheduler.w) : null;
  const leech = judgeLeech(history, scheduler);

  return {
    card: { id: card.id, prompt: card.prompt, answer: card.answer },
    deck: card.deck,
    timeZone: settings.timeZone,
    desiredRetention: settings.desiredRetention,
    memory: answered
      ? {
          phase: answered.phase,
          stability: answered.stability,
          difficulty: answered.difficulty,
          recallNow: curve?.recallNow ?? 0,
          due: answered.due.toISOString(),
          lastReview: answered.lastReview?.toISOString() ?? null,
          reps: answered.reps,
          lapses: answered.lapses,
        }
      : null,
    suspended: row?.suspended ?? false,
    buriedUntil: row?.buriedUntil && row.buriedUntil.getTime() > now.getTime() ? row.buriedUntil.toISOString() : null,
    leech: leech.leech ? { failures: leech.failures, expectedFailures: leech.expectedFailures, tail: leech.tail } : null,
    explanation: explainDue(
      { state, suspended: row?.suspended ?? false, buriedUntil: row?.buriedUntil ?? null, lastEntry: history.at(-1) ?? null, settings: scheduler, timeZone: settings.timeZone },
      now,
    ),
    history: steps.map(({ entry, before, after }, index) => ({
      at: entry.at.toISOString(),
      action: entry.kind === "forget" ? "Reset to new" : GRADE_NAMES[entry.rating as Grade],
      phaseBefore: before.phase,
      recallBefore:
        before.phase === "new" || !before.lastReview
          ? null
          : forgettingCurve(before.stability, (entry.at.getTime() - before.lastReview.getTime()) / DAY_MS, scheduler.w),
      interval: entry.kind === "forget" ? "—" : formatInterval(after.due.getTime() - entry.at.getTime()),
      stabilityAfter: after.stability,
      difficultyAfter: after.difficulty,
      durationMs: logs[index]!.durationMs,
    })),
    curve,
  };
}
