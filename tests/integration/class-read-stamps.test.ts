import { describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import { forgetStudyCard, setCardSuspended, undoLastReview } from "@/features/study/card-mutations";
import { recordReview } from "@/features/study/mutations";
import {
  readClassCardStates,
  readClassCardStatesBare,
  readClassQuizAttempts,
  readClassQuizAttemptsBare,
  readStamps,
  type StampTable,
} from "@/lib/class-reads";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";

/**
 * The class view remembers each student's card states and quiz attempts between views and reads
 * again only the students whose stamp changed (lib/class-reads.ts). That is right only if every
 * write, by any code path on this run's engine, draws a new stamp (the migration's triggers), and
 * if the remembered read then gives exactly what a bare read gives.
 */

const AT = new Date("2026-03-06T20:00:00.000Z");
const MINUTE = 60_000;

async function stampOf(table: StampTable, scopeId: string, userId: string): Promise<string | undefined> {
  return new Map(await readStamps(table, scopeId, [userId])).get(userId);
}

/** Runs `write` and says whether it drew a new stamp for `userId` in `scopeId` (and none for `bystander`). */
async function changesStamp(table: StampTable, scopeId: string, userId: string, bystander: string, write: () => Promise<unknown>): Promise<boolean> {
  const [before, other] = [await stampOf(table, scopeId, userId), await stampOf(table, scopeId, bystander)];
  await write();
  expect(await stampOf(table, scopeId, bystander)).toBe(other);
  const after = await stampOf(table, scopeId, userId);
  expect(after).toBeDefined();
  return after !== before;
}

const byPair = (rows: readonly (readonly unknown[])[]) => [...rows].sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));

async function makeQuiz(deckId: string, ownerId: string) {
  const question = await db.quizQuestion.create({
    data: { deckId, key: key(), type: "multipleChoice", spec: JSON.stringify({ type: "multipleChoice", prompt: "?", options: ["A", "B"], correctIndex: 0 }), position: 0 },
  });
  const quiz = await db.quiz.create({
    data: { deckId, ownerId, title: "Q", types: '["multipleChoice"]', questionCount: 1, seed: 1, items: { create: [{ questionId: question.id, position: 0 }] } },
  });
  return { quizId: quiz.id, questionId: question.id };
}

describe("class read stamps", () => {
  it("draws a new card-state stamp on every kind of write to a student's states on a deck, and only theirs", async () => {
    const [ann, bob] = [await createTestUser("Ann"), await createTestUser("Bob")];
    const { deckId, cardIds } = await createTestDeck(null, 3);
    const answer = (userId: UserId, card: number, expectedReps: number, at: Date) =>
      recordReview(userId, deckId, { cardId: cardIds[card]!, rating: 3, idempotencyKey: key(), durationMs: 10, expectedReps }, at);
    await answer(bob, 0, 0, AT);
    expect(await stampOf("CardStateStamp", deckId, ann)).toBeUndefined();

    // The engine's own answer path (the review writer's SQL on SQLite, one statement on PostgreSQL).
    expect(await changesStamp("CardStateStamp", deckId, ann, bob, () => answer(ann, 0, 0, AT))).toBe(true);
    expect(await changesStamp("CardStateStamp", deckId, ann, bob, () => answer(ann, 0, 1, new Date(AT.getTime() + 10 * MINUTE)))).toBe(true);
    expect(await changesStamp("CardStateStamp", deckId, ann, bob, () => answer(ann, 1, 0, new Date(AT.getTime() + 11 * MINUTE)))).toBe(true);
    // Prisma's transactions: suspend, forget, undo.
    expect(await changesStamp("CardStateStamp", deckId, ann, bob, () => setCardSuspended(ann, deckId, cardIds[1]!, true, AT))).toBe(true);
    expect(await changesStamp("CardStateStamp", deckId, ann, bob, () => forgetStudyCard(ann, deckId, cardIds[0]!, new Date(AT.getTime() + 12 * MINUTE)))).toBe(true);
    expect(await changesStamp("CardStateStamp", deckId, ann, bob, () => undoLastReview(ann, deckId))).toBe(true);
    // Raw SQL and a cascading delete.
    expect(await changesStamp("CardStateStamp", deckId, ann, bob, () => db.$executeRawUnsafe(`UPDATE "CardState" SET "lapses" = "lapses" + 1 WHERE "userId" = '${ann}'`))).toBe(true);
    const cardOfAnn = (await db.cardState.findFirstOrThrow({ where: { userId: ann, deckId } })).cardId;
    await db.cardState.deleteMany({ where: { userId: bob, cardId: cardOfAnn } });
    expect(await changesStamp("CardStateStamp", deckId, ann, bob, () => db.card.delete({ where: { id: cardOfAnn } }))).toBe(true);
  });

  it("draws a new quiz-attempt stamp when a student starts, answers, re-answers, submits or loses an attempt", async () => {
    const [ann, bob, owner] = [await createTestUser("Ann"), await createTestUser("Bob"), await createTestUser("Owner")];
    const { deckId } = await createTestDeck(null, 1);
    const { quizId, questionId } = await makeQuiz(deckId, owner);
    await db.quizAttempt.create({ data: { quizId, userId: bob, startedAt: AT, maxScore: 1 } });
    let attemptId = "";
    const change = (write: () => Promise<unknown>) => changesStamp("QuizAttemptStamp", quizId, ann, bob, write);
    expect(await change(async () => (attemptId = (await db.quizAttempt.create({ data: { quizId, userId: ann, startedAt: AT, maxScore: 1 } })).id))).toBe(true);
    const save = (choice: number) => () =>
      db.quizAnswer.upsert({
        where: { attemptId_questionId: { attemptId, questionId } },
        create: { attemptId, questionId, response: JSON.stringify({ type: "multipleChoice", choice }), score: 1 - choice, answeredAt: AT },
        update: { response: JSON.stringify({ type: "multipleChoice", choice }), score: 1 - choice },
      });
    expect(await change(save(1))).toBe(true);
    expect(await change(save(0))).toBe(true);
    expect(await change(() => db.quizAttempt.update({ where: { id: attemptId }, data: { submittedAt: AT, score: 1 } }))).toBe(true);
    expect(await change(() => db.quizAnswer.deleteMany({ where: { attemptId } }))).toBe(true);
    expect(await change(() => db.quizAttempt.delete({ where: { id: attemptId } }))).toBe(true);
  });

  it("gives what a bare read gives after any change, reading again only the students whose stamp changed", async () => {
    const [ann, bob, cat] = [await createTestUser("Ann"), await createTestUser("Bob"), await createTestUser("Cat")];
    const { deckId, cardIds } = await createTestDeck(null, 3);
    const students = [ann, bob, cat];
    for (const userId of [ann, bob]) {
      for (const [card, cardId] of cardIds.entries()) {
        await recordReview(userId, deckId, { cardId, rating: 3, idempotencyKey: key(), durationMs: 10, expectedReps: 0 }, new Date(AT.getTime() + card * MINUTE));
      }
    }
    const first = await readClassCardStates(deckId, students);
    expect(byPair(first)).toEqual(byPair(await readClassCardStatesBare(deckId, students)));
    expect(first).toHaveLength(6);

    // Bob answers again and Cat starts; Ann does nothing.
    await recordReview(bob, deckId, { cardId: cardIds[0]!, rating: 1, idempotencyKey: key(), durationMs: 10, expectedReps: 1 }, new Date(AT.getTime() + 600 * MINUTE));
    await recordReview(cat, deckId, { cardId: cardIds[2]!, rating: 4, idempotencyKey: key(), durationMs: 10, expectedReps: 0 }, AT);
    const second = await readClassCardStates(deckId, students);
    expect(byPair(second)).toEqual(byPair(await readClassCardStatesBare(deckId, students)));
    expect(second).toHaveLength(7);
    const rowsOf = (rows: typeof first, userId: string) => rows.filter((row) => row[0] === userId);
    // Ann's rows are the very objects read the first time (not read again); Bob's were read again.
    rowsOf(second, ann).forEach((row) => expect(first).toContain(row));
    rowsOf(second, bob).forEach((row) => expect(first).not.toContain(row));
    const cardZero = (rows: typeof first) => rowsOf(rows, bob).find((row) => row[1] === cardIds[0]);
    expect(cardZero(second)).not.toEqual(cardZero(first)); // the new answer's state

    // A student asked for twice counts once; one not asked for is left out.
    expect(byPair(await readClassCardStates(deckId, [cat, cat]))).toEqual(byPair(rowsOf(second, cat)));
  });

  it("remembers quiz attempts the same way", async () => {
    const [ann, bob, owner] = [await createTestUser("Ann"), await createTestUser("Bob"), await createTestUser("Owner")];
    const { deckId } = await createTestDeck(null, 1);
    const { quizId, questionId } = await makeQuiz(deckId, owner);
    const attempt = async (userId: string, choice: number) => {
      const made = await db.quizAttempt.create({ data: { quizId, userId, startedAt: AT, deadline: new Date(AT.getTime() + MINUTE), maxScore: 1 } });
      await db.quizAnswer.create({ data: { attemptId: made.id, questionId, response: JSON.stringify({ type: "multipleChoice", choice }), score: 1 - choice, answeredAt: new Date(AT.getTime() + 1_234) } });
      return made.id;
    };
    const annAttempt = await attempt(ann, 0);
    const bobAttempt = await attempt(bob, 1);
    const sorted = (rows: Awaited<ReturnType<typeof readClassQuizAttempts>>) => [...rows].sort((a, b) => a.userId.localeCompare(b.userId) || a.startedAt.getTime() - b.startedAt.getTime());
    const first = await readClassQuizAttempts(quizId, [ann, bob]);
    expect(sorted(first)).toEqual(sorted(await readClassQuizAttemptsBare(quizId, [ann, bob])));
    expect(first.find((row) => row.userId === ann)).toMatchObject({ deadline: new Date(AT.getTime() + MINUTE), submittedAt: null, score: null, maxScore: 1 });

    await db.quizAttempt.update({ where: { id: bobAttempt }, data: { submittedAt: new Date(AT.getTime() + 2_000), score: 0 } });
    const second = await readClassQuizAttempts(quizId, [ann, bob]);
    expect(sorted(second)).toEqual(sorted(await readClassQuizAttemptsBare(quizId, [ann, bob])));
    expect(second.find((row) => row.userId === ann)).toBe(first.find((row) => row.userId === ann));
    expect(second.find((row) => row.userId === bob)).toMatchObject({ submittedAt: new Date(AT.getTime() + 2_000), score: 0 });
    expect(annAttempt).not.toBe(bobAttempt);
  });
});
