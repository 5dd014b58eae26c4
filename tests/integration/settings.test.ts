import { beforeEach, describe, expect, it } from "vitest";
import { previewReschedule, replayState } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { listDeckSummaries } from "@/features/deck/data";
import { withDeckSettings, withUserSettings } from "@/core/scheduling";
import { previewSchedulingChange } from "@/features/settings/data";
import { getSchedulingSettings, loadSchedulingContext } from "@/features/card-state/data";
import { saveDeckSettings, saveFsrsParameters, saveUserSettings } from "@/features/settings/mutations";
import { userSettingsSchema, type UserSettingsInput } from "@/features/settings/schema";
import { recordReview } from "@/features/study/mutations";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";
import { expectStateMatchesLog, stateRow } from "./scheduling-helpers";
import { injectFailure } from "./support/inject-failure";

const DAY = 86_400_000;
const START = new Date("2026-01-05T10:00:00Z");
const NOW = new Date("2026-03-02T10:00:00Z");

const FORM: UserSettingsInput = userSettingsSchema.parse({
  desiredRetention: "0.90",
  maximumInterval: "36500",
  newCardsPerDay: "20",
  maxReviewsPerDay: "200",
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  enableFuzz: false,
  dayStartHour: "4",
  timeZone: "Europe/Berlin",
});

let userId: UserId;
beforeEach(async () => {
  userId = await createTestUser();
  await saveUserSettings(userId, FORM);
});

/**
 * A few weeks of answers on every card of a deck, so there is a history to reschedule. Answers
 * are given in time order across cards, as a real clock gives them: each card is answered when
 * it comes due (capped a day before NOW), the fourth answer on every third card being Again.
 */
async function study(deckId: AuthorizedDeckId, cardIds: string[]): Promise<void> {
  const cards = cardIds.map((cardId, index) => ({ cardId, index, answers: 0, at: new Date(START.getTime() + index * 3_600_000) }));
  for (;;) {
    const next = cards.filter((card) => card.answers < 5).sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    if (!next) return;
    const rating = next.answers === 3 && next.index % 3 === 0 ? 1 : 3;
    const result = await recordReview(userId, deckId, { cardId: next.cardId, rating, idempotencyKey: key(), durationMs: 1 }, next.at);
    if (!result.ok) throw new Error(result.message);
    next.answers += 1;
    next.at = new Date(Math.min(result.value.nextDue.getTime(), NOW.getTime() - DAY + next.index));
  }
}

describe("getSchedulingSettings", () => {
  it("merges defaults, the user's settings and the deck's overrides, with the optimizer's parameters", async () => {
    const { deckId } = await createTestDeck(null, 1);
    await saveUserSettings(userId, { ...FORM, desiredRetention: 0.85, learningSteps: "5m", timeZone: "Asia/Tokyo" });
    await saveDeckSettings(userId, deckId, { desiredRetention: 0.95, newCardsPerDay: 3, maxReviewsPerDay: null });
    const w = [0.3, 1.2, 3, 8, 6.4, 0.83, 3, 0.001, 1.87, 0.17, 0.8, 1.48, 0.06, 0.26, 1.65, 0.6, 1.87, 0.54, 0.09, 0.07, 0.15];
    await saveFsrsParameters(userId, w);
    expect(await getSchedulingSettings(userId, deckId)).toEqual({
      desiredRetention: 0.95,
      maximumInterval: 36500,
      enableFuzz: false,
      learningSteps: ["5m"],
      relearningSteps: ["10m"],
      fsrsParameters: w,
      newCardsPerDay: 3,
      maxReviewsPerDay: 200,
      dayStartHour: 4,
      timeZone: "Asia/Tokyo",
      // The form's defaults for the settings it did not send.
      burySiblings: true,
      loadBalance: true,
      easyDays: ["normal", "normal", "normal", "normal", "normal", "normal", "normal"],
      autoSuspendLeeches: false,
    });
  });
});

describe("changing retention", () => {
  it("previews the workload change without writing, then reschedules every card from its log in one go", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 6);
    await study(deckId, cardIds);
    const statesBefore = await Promise.all(cardIds.map((cardId) => stateRow(userId, cardId)));
    const logsBefore = await db.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } });

    const context = await loadSchedulingContext(userId);
    const higher = { ...FORM, desiredRetention: 0.97 };
    const preview = await previewSchedulingChange(userId, context, withUserSettings(context, higher), NOW);
    expect(preview.changedCards).toBe(6);
    expect(preview.after.reviewsInHorizon).toBeGreaterThan(preview.before.reviewsInHorizon);
    expect(await Promise.all(cardIds.map((cardId) => stateRow(userId, cardId)))).toEqual(statesBefore);

    const saved = await saveUserSettings(userId, higher);
    expect(saved.rescheduled).toBe(6);
    // The log is history: rescheduling never rewrites it.
    expect(await db.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } })).toEqual(logsBefore);
    for (const cardId of cardIds) await expectStateMatchesLog(userId, cardId);
    const shorter = await Promise.all(cardIds.map((cardId) => stateRow(userId, cardId)));
    for (const [index, state] of shorter.entries()) expect(state!.due.getTime()).toBeLessThanOrEqual(statesBefore[index]!.due.getTime());

    // The preview's "after" is the workload of the new stored states: going back would start from it.
    const saved90 = await loadSchedulingContext(userId);
    const goingBack = await previewSchedulingChange(userId, saved90, withUserSettings(saved90, FORM), NOW);
    expect(goingBack.before).toEqual(preview.after);
    expect(goingBack.after).toEqual(preview.before);
  });

  it("changes only the deck whose override changed", async () => {
    const first = await createTestDeck(null, 2);
    const second = await createTestDeck(null, 2);
    await study(first.deckId, first.cardIds);
    await study(second.deckId, second.cardIds);
    const untouched = await Promise.all(second.cardIds.map((cardId) => stateRow(userId, cardId)));

    const context = await loadSchedulingContext(userId);
    const override = { desiredRetention: 0.75, newCardsPerDay: null, maxReviewsPerDay: null };
    const preview = await previewSchedulingChange(userId, context, withDeckSettings(context, first.deckId, override), NOW);
    expect(preview.changedCards).toBe(2);
    expect((await saveDeckSettings(userId, first.deckId, override)).rescheduled).toBe(2);
    expect(await Promise.all(second.cardIds.map((cardId) => stateRow(userId, cardId)))).toEqual(untouched);
    for (const cardId of [...first.cardIds, ...second.cardIds]) await expectStateMatchesLog(userId, cardId);
  });

  it("saves nothing, settings or cards, when one card cannot be rewritten", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 3);
    await study(deckId, cardIds);
    const before = await Promise.all(cardIds.map((cardId) => stateRow(userId, cardId)));
    const removeFailure = await injectFailure(db, "fail_reschedule", "UPDATE", "CardState", `OLD."cardId" = '${cardIds[2]}'`);
    try {
      await expect(saveUserSettings(userId, { ...FORM, desiredRetention: 0.8 })).rejects.toThrow();
    } finally {
      await removeFailure();
    }
    expect(await Promise.all(cardIds.map((cardId) => stateRow(userId, cardId)))).toEqual(before);
    expect((await getSchedulingSettings(userId, deckId)).desiredRetention).toBe(0.9);
  });

  it("reschedules with fitted parameters, and back with the defaults", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 2);
    await study(deckId, cardIds);
    const w = [0.1, 0.6, 1.4, 5, 6.4133, 0.8334, 3.0194, 0.001, 1.5, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
    expect((await saveFsrsParameters(userId, w)).rescheduled).toBe(2);
    for (const cardId of cardIds) await expectStateMatchesLog(userId, cardId);
    expect((await saveFsrsParameters(userId, null)).rescheduled).toBe(2);
    for (const cardId of cardIds) await expectStateMatchesLog(userId, cardId);
    await expect(saveFsrsParameters(userId, [1, 2, 3])).rejects.toThrow(/17, 19 or 21/);
  });

  it("agrees with the pure preview on a card's replayed state", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 1);
    await study(deckId, cardIds);
    const row = await stateRow(userId, cardIds[0]!);
    const logs = await db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } });
    const history = logs.map((log) => ({ kind: "review" as const, rating: log.rating as 1 | 2 | 3 | 4, at: log.reviewedAt }));
    const settings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
    expect(replayState(history, settings)!.due).toEqual(row!.due);
    expect(previewReschedule([{ history, before: settings, after: settings, suspended: false }], NOW).changedCards).toBe(0);
  });
});

describe("daily limits and the study day", () => {
  it("caps new cards per day per deck and starts the day at the chosen hour in the chosen zone", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 5);
    await saveUserSettings(userId, { ...FORM, dayStartHour: 0, timeZone: "America/New_York" });
    await saveDeckSettings(userId, deckId, { desiredRetention: null, newCardsPerDay: 2, maxReviewsPerDay: null });
    for (const cardId of cardIds.slice(0, 2)) {
      await recordReview(userId, deckId, { cardId, rating: 4, idempotencyKey: key(), durationMs: 1 }, NOW);
    }
    const summary = (await listDeckSummaries(userId, NOW)).find((deck) => deck.id === deckId)!;
    expect(summary.newCount).toBe(0);
    // Midnight in New York on 3 March is 05:00 UTC.
    const beforeMidnight = (await listDeckSummaries(userId, new Date("2026-03-03T04:59:00Z"))).find((deck) => deck.id === deckId)!;
    const afterMidnight = (await listDeckSummaries(userId, new Date("2026-03-03T05:00:00Z"))).find((deck) => deck.id === deckId)!;
    expect(beforeMidnight.newCount).toBe(0);
    expect(afterMidnight.newCount).toBe(2);
  });
});
