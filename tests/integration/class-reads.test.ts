import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readClassCardStates, readClassCardStatesWithPrisma, readClassQuizAnswers, readClassQuizAnswersWithPrisma } from "@/lib/class-reads";
import { createTestDeck, createTestUser } from "./fixtures";

/**
 * The class view's reads of a class's card states and quiz answers skip Prisma on either engine
 * (prepared statements on SQLite, plain queries on PostgreSQL's pool); here they are held to their
 * Prisma versions on whichever engine this run uses.
 */

const AT = new Date("2026-03-06T20:00:00.123Z");
const DAY = 86_400_000;

const byPair = (rows: readonly (readonly unknown[])[]) => [...rows].sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));

describe("the class view's card states", () => {
  it("reads each student's states on the deck as Prisma does: dates as epoch milliseconds, suspended, new and lapsed ones", async () => {
    const [ann, bob, outsider] = [await createTestUser("Ann"), await createTestUser("Bob"), await createTestUser("Outsider")];
    const deck = await createTestDeck(null, 3);
    const other = await createTestDeck(null, 1);
    const base = { difficulty: 5, elapsedDays: 1, scheduledDays: 2, learningSteps: 0, reps: 2 };
    await db.cardState.createMany({
      data: [
        { ...base, userId: ann, cardId: deck.cardIds[0]!, deckId: deck.deckId, due: new Date(AT.getTime() + DAY), stability: 1.234567891234, lapses: 0, phase: "review", lastReview: new Date(AT.getTime() - 7) },
        { ...base, userId: ann, cardId: deck.cardIds[1]!, deckId: deck.deckId, due: AT, stability: 0, lapses: 0, phase: "new", lastReview: null, suspended: true },
        { ...base, userId: bob, cardId: deck.cardIds[0]!, deckId: deck.deckId, due: new Date(AT.getTime() - 3 * DAY), stability: 0.5, lapses: 3, phase: "relearning", lastReview: new Date(AT.getTime() - DAY) },
        { ...base, userId: outsider, cardId: deck.cardIds[0]!, deckId: deck.deckId, due: AT, stability: 2, lapses: 0, phase: "review", lastReview: AT },
        { ...base, userId: ann, cardId: other.cardIds[0]!, deckId: other.deckId, due: AT, stability: 2, lapses: 0, phase: "review", lastReview: AT },
      ],
    });
    const direct = byPair(await readClassCardStates(deck.deckId, [ann, bob]));
    expect(direct).toEqual(byPair(await readClassCardStatesWithPrisma(deck.deckId, [ann, bob])));
    expect(direct).toEqual(
      byPair([
        [ann, deck.cardIds[0]!, false, AT.getTime() + DAY, 1.234567891234, AT.getTime() - 7, 0, "review"],
        [ann, deck.cardIds[1]!, true, AT.getTime(), 0, null, 0, "new"],
        [bob, deck.cardIds[0]!, false, AT.getTime() - 3 * DAY, 0.5, AT.getTime() - DAY, 3, "relearning"],
      ]),
    );
    expect(await readClassCardStates(deck.deckId, [])).toEqual([]);
  });

  it("reads the students' answers in a quiz as Prisma does, and no one else's or another quiz's", async () => {
    const [ann, bob, outsider] = [await createTestUser("Ann"), await createTestUser("Bob"), await createTestUser("Outsider")];
    const deck = await createTestDeck(null, 1);
    const owner = await createTestUser("Owner");
    const questions = await Promise.all(
      ["q1", "q2"].map((key, position) =>
        db.quizQuestion.create({ data: { deckId: deck.deckId, key, type: "multipleChoice", spec: JSON.stringify({ type: "multipleChoice", prompt: "?", options: ["A", "B"], correctIndex: 0 }), position } }),
      ),
    );
    const makeQuiz = () =>
      db.quiz.create({ data: { deckId: deck.deckId, ownerId: owner, title: "Q", types: '["multipleChoice"]', questionCount: 2, seed: 1, items: { create: questions.map((question, position) => ({ questionId: question.id, position })) } } });
    const [quiz, otherQuiz] = [await makeQuiz(), await makeQuiz()];
    const answer = async (quizId: string, userId: string, submitted: boolean, answers: [number, number][]) => {
      const attempt = await db.quizAttempt.create({ data: { quizId, userId, startedAt: AT, submittedAt: submitted ? new Date(AT.getTime() + 60_000) : null, maxScore: 2 } });
      for (const [question, choice] of answers) {
        await db.quizAnswer.create({ data: { attemptId: attempt.id, questionId: questions[question]!.id, response: JSON.stringify({ type: "multipleChoice", choice }), score: choice === 0 ? 1 : 0, answeredAt: new Date(AT.getTime() + (question + 1) * 1_001) } });
      }
      return attempt.id;
    };
    const annFirst = await answer(quiz.id, ann, true, [[0, 0], [1, 1]]);
    const annOpen = await answer(quiz.id, ann, false, [[0, 1]]);
    await answer(quiz.id, bob, false, []);
    await answer(quiz.id, outsider, true, [[0, 0]]);
    await answer(otherQuiz.id, ann, true, [[1, 0]]);

    const direct = byPair(await readClassQuizAnswers(quiz.id, [ann, bob]));
    expect(direct).toEqual(byPair(await readClassQuizAnswersWithPrisma(quiz.id, [ann, bob])));
    expect(direct).toEqual(
      byPair([
        [annFirst, questions[0]!.id, '{"type":"multipleChoice","choice":0}', AT.getTime() + 1_001],
        [annFirst, questions[1]!.id, '{"type":"multipleChoice","choice":1}', AT.getTime() + 2_002],
        [annOpen, questions[0]!.id, '{"type":"multipleChoice","choice":1}', AT.getTime() + 1_001],
      ]),
    );
  });
});
