import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { isUntouched, startOfNextStudyDay, type Grade } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { saveUserSettings } from "@/features/settings/mutations";
import { userSettingsSchema } from "@/features/settings/schema";
import { forgetStudyCard, setCardBuried, setCardSuspended, undoLastReview } from "@/features/study/card-mutations";
import { getStudyView } from "@/features/study/data";
import { memoryFromRow } from "@/core/scheduling";
import { recordReview } from "@/features/study/mutations";
import type { CardState } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";
import { expectStateMatchesLog, stateRow } from "./scheduling-helpers";

/**
 * The invariant, through the real mutations on the real database: after any sequence of
 * answers, undos, forgets, suspensions, burials and settings changes, every card's stored state
 * equals what its log replays to (ts-fsrs `reschedule`) under the user's current settings; an
 * undo restores exactly what the card was; the queue never shows a suspended or buried card.
 * The clock is ours: each run starts on Friday 6 March 2026 in New York and moves on by random
 * gaps, so runs cross study-day boundaries and the change to daylight saving on 8 March.
 * Fuzz is on in some settings: ts-fsrs seeds it from the card, so replay reproduces it.
 */

const ZONE = "America/New_York";
const START = new Date("2026-03-06T20:00:00Z");
const MINUTE = 60_000;
const CARDS = 3;

const baseForm = {
  maximumInterval: "36500",
  newCardsPerDay: "20",
  maxReviewsPerDay: "200",
  relearningSteps: "10m",
  dayStartHour: "4",
  timeZone: ZONE,
};
const settingsArb = fc.record({
  desiredRetention: fc.constantFrom("0.70", "0.85", "0.90", "0.97"),
  enableFuzz: fc.boolean(),
  learningSteps: fc.constantFrom("1m 10m", "", "5m 1h"),
});

type Op =
  | { kind: "review"; card: number; rating: Grade }
  | { kind: "undo" }
  | { kind: "forget"; card: number }
  | { kind: "suspend"; card: number; on: boolean }
  | { kind: "bury"; card: number }
  | { kind: "settings"; settings: { desiredRetention: string; enableFuzz: boolean; learningSteps: string } };

const card = fc.integer({ min: 0, max: CARDS - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant("review" as const), card, rating: fc.constantFrom<Grade>(1, 2, 3, 4) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("undo" as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("forget" as const), card }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("suspend" as const), card, on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("bury" as const), card }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("settings" as const), settings: settingsArb }) },
);
// From "the same millisecond" to three days.
const gapArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 * MINUTE }), fc.integer({ min: 1, max: 3 * 1440 * MINUTE }));

let deckId: AuthorizedDeckId;
let cardIds: string[];
beforeAll(async () => {
  ({ deckId, cardIds } = await createTestDeck(null, CARDS));
});

async function runSequence(initial: Op & { kind: "settings" }, steps: { op: Op; gap: number }[]): Promise<void> {
  const userId: UserId = await createTestUser("Property");
  await saveUserSettings(userId, userSettingsSchema.parse({ ...baseForm, ...initial.settings }));
  let now = START.getTime();
  // The card state before each entry still in the log, for checking that undo restores it
  // ("stale" once a settings change has recomputed the states: then the invariant check stands alone).
  const undoStack: { cardId: string; before: Awaited<ReturnType<typeof stateRow>> | "stale" }[] = [];

  for (const { op, gap } of steps) {
    now += gap;
    const at = new Date(now);
    const cardId = "card" in op ? cardIds[op.card]! : null;
    const before = cardId ? await stateRow(userId, cardId) : null;
    if (op.kind === "review") {
      const result = await recordReview(userId, deckId, { cardId: cardId!, rating: op.rating, idempotencyKey: key(), durationMs: 1 }, at);
      expect(result.ok).toBe(true);
      undoStack.push({ cardId: cardId!, before });
    } else if (op.kind === "forget") {
      const result = await forgetStudyCard(userId, deckId, cardId!, at);
      expect(result.ok || result.reason === "alreadyNew").toBe(true);
      if (result.ok) undoStack.push({ cardId: cardId!, before });
    } else if (op.kind === "undo") {
      const result = await undoLastReview(userId, deckId);
      const expected = undoStack.pop();
      expect(result.ok).toBe(expected !== undefined);
      if (result.ok && expected) {
        expect(result.value.cardId).toBe(expected.cardId);
        await expectStateMatchesLog(userId, expected.cardId);
        const restored = await stateRow(userId, expected.cardId);
        // Flags set after the entry stay; the memory state is exactly what it was. A card never
        // answered has no state to speak of: no row and an untouched row mean the same.
        const untouched = (row: typeof restored) => row === null || isUntouched(memoryFromRow(row as CardState));
        if (expected.before === null || (expected.before !== "stale" && untouched(expected.before))) expect(untouched(restored)).toBe(true);
        else if (expected.before !== "stale") {
          expect({ ...restored, suspended: false, buriedUntil: null }).toEqual({ ...expected.before, suspended: false, buriedUntil: null });
        }
      }
    } else if (op.kind === "suspend") {
      expect((await setCardSuspended(userId, deckId, cardId!, op.on, at)).ok).toBe(true);
    } else if (op.kind === "bury") {
      const result = await setCardBuried(userId, deckId, cardId!, true, at);
      expect(result.ok && result.value.buriedUntil).toEqual(startOfNextStudyDay(at, ZONE, 4));
    } else {
      await saveUserSettings(userId, userSettingsSchema.parse({ ...baseForm, ...op.settings }));
      // Undo now returns to the earlier states as the new settings compute them.
      for (const entry of undoStack) entry.before = "stale";
    }
    if (cardId) await expectStateMatchesLog(userId, cardId);

    const view = await getStudyView({ id: userId }, deckId, at);
    if (view.card) {
      const shown = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId: view.card.id } } });
      expect(shown?.suspended ?? false).toBe(false);
      expect(shown?.buriedUntil && shown.buriedUntil.getTime() > now).toBeFalsy();
    }
  }
  for (const id of cardIds) await expectStateMatchesLog(userId, id);
}

describe("the log determines every card (through the database)", () => {
  it("holds over 200 random sequences of up to 30 steps across the DST change", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ kind: fc.constant("settings" as const), settings: settingsArb }),
        fc.array(fc.record({ op: opArb, gap: gapArb }), { maxLength: 30 }),
        runSequence,
      ),
      { numRuns: 200 },
    );
  }, 600_000);
});
