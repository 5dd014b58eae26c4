import {
  dailyLoadOf,
  loadWindowEnd,
  startOfStudyDay,
  studyDayWeekday,
  type DailyLoad,
  type SchedulingSettings,
} from "@/core/scheduling";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the load balancer weighs for one answer (core/scheduling/load-balancer.ts): the due dates
 * of the user's review cards in the next 99 days, any deck, and of the card's siblings. Read in
 * the answer's transaction, so the day picked and the loads it saw are one snapshot.
 */
export async function readDailyLoad(
  tx: Prisma.TransactionClient,
  userId: string,
  deckId: string,
  cardId: string,
  at: Date,
  settings: SchedulingSettings,
): Promise<DailyLoad> {
  const todayStart = startOfStudyDay(at, settings.timeZone, settings.dayStartHour);
  const dues = await tx.cardState.findMany({
    where: { userId, phase: "review", suspended: false, due: { gte: todayStart, lt: loadWindowEnd(todayStart) }, cardId: { not: cardId } },
    select: { due: true },
  });
  const card = await tx.card.findUnique({ where: { id: cardId }, select: { group: true } });
  const siblings = card?.group
    ? await tx.cardState.findMany({ where: { userId, cardId: { not: cardId }, phase: "review", card: { deckId, group: card.group } }, select: { due: true } })
    : [];
  return dailyLoadOf({
    dues: dues.map((row) => row.due),
    siblingDues: siblings.map((row) => row.due),
    todayStart,
    todayWeekday: studyDayWeekday(at, settings.timeZone, settings.dayStartHour),
    easyDays: settings.easyDays,
  });
}
