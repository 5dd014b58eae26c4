import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grade } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { recordReview } from "@/features/study/mutations";
import { recordReviewWithPrisma } from "@/lib/prisma/review-store";
import { saveDeckSettings, saveUserSettings } from "@/features/settings/mutations";
import { deckSettingsSchema, userSettingsSchema } from "@/features/settings/schema";
import { databaseEngine, db } from "@/lib/db";
import { createTestDeck, createTestUser } from "./fixtures";

/**
 * On SQLite the review transaction skips Prisma and runs as prepared better-sqlite3 statements.
 * Here it is held to the Prisma store down to the stored text (tests/integration/review-stores.test.ts
 * compares rows on either engine, hot-reads.test.ts the reads before it).
 */

const START = new Date("2026-03-06T20:00:00Z");
const MINUTE = 60_000;

type Step = { card: number; rating: Grade; gapMinutes: number; replay: boolean; staleReps: boolean };
const stepArb: fc.Arbitrary<Step> = fc.record({
  card: fc.integer({ min: 0, max: 2 }),
  rating: fc.constantFrom<Grade>(1, 2, 3, 4),
  gapMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 60, max: 60 * 24 * 40 })),
  replay: fc.boolean(),
  staleReps: fc.boolean(),
});

/** A student whose settings and one deck override are not the defaults, so both reads matter. */
async function studentWithSettings(): Promise<{ userId: UserId; deckId: AuthorizedDeckId; cardIds: string[] }> {
  const userId = await createTestUser();
  const { deckId, cardIds } = await createTestDeck(userId, 3);
  await saveUserSettings(
    userId,
    userSettingsSchema.parse({
      desiredRetention: "0.85",
      maximumInterval: "365",
      newCardsPerDay: "20",
      maxReviewsPerDay: "200",
      learningSteps: "2m 15m",
      relearningSteps: "5m",
      enableFuzz: true,
      dayStartHour: "4",
      timeZone: "America/New_York",
    }),
  );
  await saveDeckSettings(userId, deckId, deckSettingsSchema.parse({ desiredRetention: "0.93", newCardsPerDay: "", maxReviewsPerDay: "" }));
  return { userId, deckId, cardIds };
}

// Each column as SQLite holds it, storage class and text: a date written as "…Z" instead of
// "…+00:00", or an integer stored as a real, would break the app's comparisons and sorting.
const asStored = (columns: string[]) => columns.map((column) => `typeof("${column}") || ':' || coalesce("${column}", '') AS "${column}"`).join(", ");
const ROW_COLUMNS = asStored(["due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase", "lastReview", "suspended", "buriedUntil"]);
const LOG_COLUMNS = asStored(["idempotencyKey", "rating", "phase", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "nextDue"]);

/** The stored rows as text, card by card in deck order, with the user's own ids taken out. */
async function storedRows(userId: UserId, cardIds: string[]) {
  const states = [];
  const logs = [];
  for (const cardId of cardIds) {
    states.push(await db.$queryRawUnsafe<Record<string, string>[]>(`SELECT ${ROW_COLUMNS} FROM "CardState" WHERE "userId" = ? AND "cardId" = ?`, userId, cardId));
    logs.push(await db.$queryRawUnsafe(`SELECT ${LOG_COLUMNS} FROM "ReviewLog" WHERE "userId" = ? AND "cardId" = ? ORDER BY "reviewedAt"`, userId, cardId));
  }
  // Idempotency keys are per user ("text:<userId>:<step>"); compare the step.
  return { states, logs: JSON.parse(JSON.stringify(logs, (name, value) => (name === "idempotencyKey" ? String(value).split(":")[2] : value))) };
}

describe.runIf(databaseEngine === "sqlite")("SQLite's prepared-statement path for answers", () => {
  it("records every sequence of answers, replays and stale answers exactly as the Prisma transaction does", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 25 }), async (steps) => {
        const direct = await studentWithSettings();
        const viaPrisma = await studentWithSettings();
        let now = START.getTime();
        for (const [index, step] of steps.entries()) {
          now += step.gapMinutes * MINUTE;
          const answer = (side: typeof direct) => ({
            cardId: side.cardIds[step.card]!,
            rating: step.rating,
            idempotencyKey: `${side.userId}:${step.replay && index > 0 ? index - 1 : index}`,
            durationMs: 1000 + index,
            ...(step.staleReps ? { expectedReps: 99 } : {}),
          });
          const a = await recordReview(direct.userId, direct.deckId, answer(direct), new Date(now));
          const b = await recordReviewWithPrisma(db, { userId: viaPrisma.userId, deckId: viaPrisma.deckId, input: answer(viaPrisma), now: new Date(now) });
          expect(a.ok ? "recorded" : a.reason).toBe(b === "conflict" ? "conflict" : "recorded");
          if (a.ok && b !== "conflict") {
            expect(a.value.replayed).toBe(b.replayed);
            expect(a.value.nextDue.toISOString()).toBe(b.nextDue.toISOString());
          }
        }
        expect(await storedRows(direct.userId, direct.cardIds)).toEqual(await storedRows(viaPrisma.userId, viaPrisma.cardIds));
      }),
      { numRuns: 25, seed: 20261129 },
    );
  });
});
