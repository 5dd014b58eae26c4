import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  countRecentReviews,
  countRecentReviewsWithPrisma,
  readClassCardStates,
  readClassCardStatesWithPrisma,
  readClassQuizAnswers,
  readClassQuizAnswersWithPrisma,
  readClassQuizAttemptRows,
  readClassQuizAttemptRowsWithPrisma,
  readClassRoster,
  readClassRosterWithPrisma,
  readFittedParameters,
  readFittedParametersWithPrisma,
} from "@/lib/class-reads";
import { createTestDeck, createTestUser, key } from "./fixtures";

/**
 * The class view's reads (roster, fitted parameters, recent reviews, card states, quiz attempts
 * and answers) skip Prisma on either engine
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

  it("reads the students' attempts as Prisma does: open, submitted and timed ones", async () => {
    const [ann, bob] = [await createTestUser("Ann"), await createTestUser("Bob")];
    const owner = await createTestUser("Owner");
    const deck = await createTestDeck(null, 1);
    const makeQuiz = () => db.quiz.create({ data: { deckId: deck.deckId, ownerId: owner, title: "Q", types: '["multipleChoice"]', questionCount: 1, seed: 1 } });
    const [quiz, otherQuiz] = [await makeQuiz(), await makeQuiz()];
    const open = await db.quizAttempt.create({ data: { quizId: quiz.id, userId: ann, startedAt: AT, deadline: new Date(AT.getTime() + 90_001), maxScore: 4 } });
    const done = await db.quizAttempt.create({ data: { quizId: quiz.id, userId: bob, startedAt: AT, submittedAt: new Date(AT.getTime() + 5), score: 2.5, maxScore: 4 } });
    await db.quizAttempt.create({ data: { quizId: otherQuiz.id, userId: ann, startedAt: AT, maxScore: 1 } });
    const direct = byPair(await readClassQuizAttemptRows(quiz.id, [ann, bob]));
    expect(direct).toEqual(byPair(await readClassQuizAttemptRowsWithPrisma(quiz.id, [ann, bob])));
    expect(direct).toEqual(
      byPair([
        [open.id, ann, AT.getTime(), AT.getTime() + 90_001, null, null, 4],
        [done.id, bob, AT.getTime(), null, AT.getTime() + 5, 2.5, 4],
      ]),
    );
  });

  it("reads the roster by name as Prisma does, students of one name in one order", async () => {
    const owner = await createTestUser("Teacher");
    const klass = await db.class.create({ data: { instructorId: owner, name: "C", joinCode: key().slice(0, 10) } });
    const names = ["Zoë", "adam", "Bea", "Bea", "Émile"];
    const ids: string[] = [];
    for (const [i, name] of names.entries()) {
      const userId = await createTestUser(name);
      ids.push(userId);
      await db.enrollment.create({ data: { classId: klass.id, userId, joinedAt: new Date(AT.getTime() + i) } });
    }
    await db.enrollment.create({ data: { classId: (await db.class.create({ data: { instructorId: owner, name: "D", joinCode: key().slice(0, 10) } })).id, userId: owner } });
    const roster = await readClassRoster(klass.id);
    expect(roster).toEqual(await readClassRosterWithPrisma(klass.id));
    expect(roster).toHaveLength(5);
    expect(roster.find(([userId]) => userId === ids[4])).toEqual([ids[4], "Émile", expect.stringContaining("@test.kioku"), AT.getTime() + 4]);
  });

  it("counts recent reviews per student on the deck and reads fitted parameters as Prisma does", async () => {
    const [ann, bob, cat] = [await createTestUser("Ann"), await createTestUser("Bob"), await createTestUser("Cat")];
    const deck = await createTestDeck(null, 2);
    const other = await createTestDeck(null, 1);
    const log = (userId: string, deckId: string, cardId: string, reviewedAt: Date) =>
      db.reviewLog.create({
        data: { userId, cardId, deckId, idempotencyKey: key(), rating: 3, phase: "review", due: reviewedAt, stability: 1, difficulty: 5, elapsedDays: 1, lastElapsedDays: 0, scheduledDays: 1, learningSteps: 0, reviewedAt, durationMs: 1, nextDue: reviewedAt },
      });
    const since = new Date(AT.getTime() - 7 * DAY);
    await log(ann, deck.deckId, deck.cardIds[0]!, since); // on the boundary: counted
    await log(ann, deck.deckId, deck.cardIds[1]!, AT);
    await log(ann, deck.deckId, deck.cardIds[1]!, new Date(since.getTime() - 1)); // a millisecond too early
    await log(ann, other.deckId, other.cardIds[0]!, AT); // another deck
    await log(bob, deck.deckId, deck.cardIds[0]!, new Date(AT.getTime() - DAY));
    await log(cat, deck.deckId, deck.cardIds[0]!, AT); // not asked for
    const counts = new Map(await countRecentReviews(deck.deckId, [ann, bob], since));
    expect(counts).toEqual(new Map(await countRecentReviewsWithPrisma(deck.deckId, [ann, bob], since)));
    expect(counts).toEqual(new Map([[ann, 2], [bob, 1]]));

    const fitted = JSON.stringify(Array.from({ length: 21 }, (_, i) => i / 10));
    await db.userSettings.create({ data: { userId: ann, fsrsParameters: fitted } });
    await db.userSettings.create({ data: { userId: bob } });
    const parameters = await readFittedParameters([ann, bob, cat]);
    expect(parameters).toEqual(await readFittedParametersWithPrisma([ann, bob, cat]));
    expect(parameters).toEqual([[ann, fitted]]);
  });
});
