import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import * as quiz from "@/features/quiz/operations";
import { addCardOperation, deleteCardOperation, editCardOperation } from "@/features/deck/card-operations";
import { applyRegenerationOperation } from "@/features/deck/regeneration-operations";
import { cardCommandOperation, undoReviewOperation } from "@/features/study/card-operations";
import { reviewCardOperation } from "@/features/study/operations";
import { db } from "@/lib/db";
import { createTestDeck } from "./fixtures";
import { databaseDigest } from "./support/hostile";

/**
 * Every study, quiz and card-editing action, sent with a valid payload that names one student's private
 * objects, by everyone else: another student, a self-learner and two instructors. Each must be
 * refused as notFound, and the database must not change by a byte. (Class actions have their
 * own matrix in classes.test.ts; pages and routes in e2e/access-matrix.spec.ts.)
 */
const NOW = new Date("2026-03-02T10:00:00Z");

async function user(role: "student" | "instructor", name: string) {
  const created = await db.user.create({
    data: { name, email: `${randomUUID()}@test.kioku`, passwordHash: "x", role, timeZone: "UTC" },
    select: { id: true },
  });
  return { id: created.id as UserId, timeZone: "UTC", role };
}

let owner: Awaited<ReturnType<typeof user>>;
let others: Awaited<ReturnType<typeof user>>[];
let slug: string, cardId: string, quizId: string, attemptId: string, questionId: string;

beforeAll(async () => {
  owner = await user("student", "Owner");
  others = [await user("student", "Other student"), await user("student", "Self-learner"), await user("instructor", "Instructor A"), await user("instructor", "Instructor B")];
  const deck = await createTestDeck(owner.id, 3);
  slug = (await db.deck.findUniqueOrThrow({ where: { id: deck.deckId } })).slug;
  cardId = deck.cardIds[0]!;
  questionId = (
    await db.quizQuestion.create({
      data: { deckId: deck.deckId, key: "q", type: "typed", spec: JSON.stringify({ type: "typed", prompt: "When?", answer: "2000", accepted: [] }), position: 0 },
    })
  ).id;
  const reviewed = await reviewCardOperation(owner, { cardId, rating: 3, idempotencyKey: randomUUID(), durationMs: 1 }, NOW);
  expect(reviewed.ok).toBe(true);
  const started = await quiz.createQuizOperation(owner, { deckSlug: slug, types: ["typed"], count: 1, countAsReview: false }, false, NOW);
  if (!started.ok) throw new Error(started.message);
  ({ quizId, attemptId } = started.value);
});

describe("the action matrix over study and quiz actions", () => {
  it("refuses every foreign action as notFound and changes nothing", async () => {
    const actions: [string, (actor: (typeof others)[number]) => Promise<{ ok: boolean; reason?: string }>][] = [
      ["review the owner's card", (a) => reviewCardOperation(a, { cardId, rating: 4, idempotencyKey: randomUUID(), durationMs: 1 }, NOW)],
      ["undo in the owner's deck", (a) => undoReviewOperation(a, { deckSlug: slug }, NOW)],
      ...(["forget", "suspend", "bury"] as const).map(
        (command) => [`${command} the owner's card`, (a: (typeof others)[number]) => cardCommandOperation(a, { cardId, command }, NOW)] as [string, (a: (typeof others)[number]) => Promise<{ ok: boolean; reason?: string }>],
      ),
      ["make a quiz from the owner's deck", (a) => quiz.createQuizOperation(a, { deckSlug: slug, types: ["typed"], count: 1, countAsReview: false }, false, NOW)],
      ["start the owner's quiz", (a) => quiz.startAttemptOperation(a, { quizId }, NOW)],
      ["reshuffle the owner's quiz", (a) => quiz.reshuffleQuizOperation(a, { quizId }, NOW)],
      ["answer in the owner's attempt", (a) => quiz.saveAnswerOperation(a, { attemptId, questionId, response: { type: "typed", text: "2000" } }, NOW)],
      ["submit the owner's attempt", (a) => quiz.submitAttemptOperation(a, { attemptId }, NOW)],
      ["edit the owner's card", (a) => editCardOperation(a, { deckSlug: slug, cardId, prompt: "Changed?", answer: "Changed", resetProgress: true }, NOW)],
      ["delete the owner's card", (a) => deleteCardOperation(a, { deckSlug: slug, cardId }, NOW)],
      ["add a card to the owner's deck", (a) => addCardOperation(a, { deckSlug: slug, prompt: "Added?", answer: "Added" })],
      ["regenerate the owner's deck", (a) => applyRegenerationOperation(a, { deckSlug: slug, keys: ["gone:fact-0", "gone:fact-1"] }, NOW)],
    ];
    const before = await databaseDigest(process.env.DATABASE_URL!);
    for (const actor of others) {
      for (const [what, act] of actions) {
        const result = await act(actor);
        expect(result.ok, `${actor.id} may not ${what}`).toBe(false);
        expect(result.reason, `${what}`).toBe("notFound");
      }
    }
    expect(await databaseDigest(process.env.DATABASE_URL!)).toBe(before);
  });

  it("lets the owner do the same things", async () => {
    expect((await quiz.saveAnswerOperation(owner, { attemptId, questionId, response: { type: "typed", text: "2000" } }, NOW)).ok).toBe(true);
    expect((await cardCommandOperation(owner, { cardId, command: "bury" }, NOW)).ok).toBe(true);
    expect((await quiz.submitAttemptOperation(owner, { attemptId }, NOW)).ok).toBe(true);
  });
});
