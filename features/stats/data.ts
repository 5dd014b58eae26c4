import "server-only";
import { intervalDistribution, summarizeCardStates, type CardStateSummary, type IntervalDistribution } from "@/core/statistics/cards";
import { createDayIndexer, dayLabel } from "@/core/statistics/day-index";
import { buildDueForecast, FORECAST_DAYS, type DueForecast } from "@/core/statistics/forecast";
import { buildReviewHeatmap, heatmapFirstDay, type ReviewHeatmap } from "@/core/statistics/heatmap";
import { buildTrueRetention, emptyDayAnswers, MATURE_INTERVAL_DAYS, type DayAnswers, type RetentionPeriod } from "@/core/statistics/retention";
import type { UserId } from "@/features/account/session";
import { visibleDecksWhere } from "@/features/deck/access";
import { db, sqlInstant } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export interface StatisticsDTO {
  timeZone: string;
  /** YYYY-MM-DD of the current study day. */
  today: string;
  heatmap: ReviewHeatmap;
  retention: RetentionPeriod[];
  forecast: DueForecast;
  cards: CardStateSummary;
  intervals: IntervalDistribution;
}

interface DayRow {
  i: number | bigint;
  reviews: number | bigint | null;
  youngPassed: number | bigint | null;
  youngFailed: number | bigint | null;
  maturePassed: number | bigint | null;
  matureFailed: number | bigint | null;
}

/** Bucket -1: everything before the first day shown, for the all-time retention. */
const EARLIER = -1;

/**
 * Answers per study day in one query: each day is a range of the (userId, reviewedAt) index,
 * counted in the database, so a year of 100k reviews returns ~370 rows instead of 100k. Day
 * edges are computed here, in the user's zone (SQL engines disagree on time zones).
 */
async function answersPerDay(userId: string, ranges: { i: number; start: Date; end: Date }[]): Promise<Map<number, DayAnswers>> {
  const instant = (date: Date) => sqlInstant(date);
  const values = Prisma.join(ranges.map((range) => Prisma.sql`(CAST(${range.i} AS INTEGER), ${instant(range.start)}, ${instant(range.end)})`));
  const rows = await db.$queryRaw<DayRow[]>`
    WITH "days"("i", "s", "e") AS (VALUES ${values})
    SELECT "days"."i" AS "i",
      COUNT("r"."id") AS "reviews",
      SUM(CASE WHEN "r"."phase" = 'review' AND "r"."scheduledDays" < ${MATURE_INTERVAL_DAYS} AND "r"."rating" > 1 THEN 1 ELSE 0 END) AS "youngPassed",
      SUM(CASE WHEN "r"."phase" = 'review' AND "r"."scheduledDays" < ${MATURE_INTERVAL_DAYS} AND "r"."rating" = 1 THEN 1 ELSE 0 END) AS "youngFailed",
      SUM(CASE WHEN "r"."phase" = 'review' AND "r"."scheduledDays" >= ${MATURE_INTERVAL_DAYS} AND "r"."rating" > 1 THEN 1 ELSE 0 END) AS "maturePassed",
      SUM(CASE WHEN "r"."phase" = 'review' AND "r"."scheduledDays" >= ${MATURE_INTERVAL_DAYS} AND "r"."rating" = 1 THEN 1 ELSE 0 END) AS "matureFailed"
    FROM "days"
    LEFT JOIN "ReviewLog" "r"
      ON "r"."userId" = ${userId} AND "r"."reviewedAt" >= "days"."s" AND "r"."reviewedAt" < "days"."e" AND "r"."rating" BETWEEN 1 AND 4
    GROUP BY "days"."i"`;
  const n = (value: number | bigint | null) => Number(value ?? 0);
  return new Map(
    rows.map((row) => [
      n(row.i),
      {
        reviews: n(row.reviews),
        young: { passed: n(row.youngPassed), failed: n(row.youngFailed) },
        mature: { passed: n(row.maturePassed), failed: n(row.matureFailed) },
      },
    ]),
  );
}

/** Everything the statistics page shows, as of `now` in the user's study day. */
export async function getStatistics(user: { id: UserId; timeZone: string }, now: Date): Promise<StatisticsDTO> {
  const settings = await db.userSettings.findUnique({ where: { userId: user.id }, select: { dayStartHour: true } });
  const days = createDayIndexer(user.timeZone, settings?.dayStartHour ?? 4);
  const today = days.dayOf(now.getTime());
  const firstDay = heatmapFirstDay(today);
  const ranges = [{ i: EARLIER, start: new Date(0), end: new Date(days.startOf(firstDay)) }];
  for (let day = firstDay; day <= today; day += 1) ranges.push({ i: day, start: new Date(days.startOf(day)), end: new Date(days.startOf(day + 1)) });

  const [answers, stateCounts, totalCards, dues, intervals] = await Promise.all([
    answersPerDay(user.id, ranges),
    db.cardState.groupBy({ by: ["phase", "suspended"], where: { userId: user.id, card: { deletedAt: null } }, _count: { _all: true } }),
    visibleDecksWhere(user.id).then((deck) => db.card.count({ where: { deletedAt: null, deck } })),
    db.cardState.findMany({
      where: { userId: user.id, suspended: false, phase: { not: "new" }, due: { lt: new Date(days.startOf(today + FORECAST_DAYS)) }, card: { deletedAt: null } },
      select: { due: true, buriedUntil: true },
    }),
    db.cardState.groupBy({ by: ["scheduledDays"], where: { userId: user.id, phase: "review", suspended: false, card: { deletedAt: null } }, _count: { _all: true } }),
  ]);
  const earlier = answers.get(EARLIER) ?? emptyDayAnswers();
  answers.delete(EARLIER);
  const reviewsPerDay = new Map([...answers].map(([day, counts]) => [day, counts.reviews]));

  return {
    timeZone: user.timeZone,
    today: dayLabel(today),
    heatmap: buildReviewHeatmap(reviewsPerDay, today),
    retention: buildTrueRetention(answers, earlier, today),
    // A buried card comes back when its burial ends, not on its due date.
    forecast: buildDueForecast(
      dues.map((card) => Math.max(card.due.getTime(), card.buriedUntil?.getTime() ?? 0)),
      days,
      now,
    ),
    cards: summarizeCardStates(
      stateCounts.map((row) => ({ phase: row.phase, suspended: row.suspended, count: row._count._all })),
      totalCards,
    ),
    intervals: intervalDistribution(intervals.map((row) => ({ scheduledDays: row.scheduledDays, count: row._count._all }))),
  };
}
