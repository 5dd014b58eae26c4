import { randomInt } from "node:crypto";
import { gradeResponse, pickQuestions, type QuestionResponse, type QuestionType } from "@/core/quiz";
import { startOfStudyDay } from "@/core/scheduling";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { recordReview } from "@/features/study/mutations";
import type { AuthorizedQuizId, OwnAttemptId } from "./access";
import { COUNTED_ATTEMPT, isAskedIn, parseResponse, parseSpec } from "./spec-row";

export interface NewQuiz {
  title: string;
  types: QuestionType[];
  count: number;
  timeLimitSeconds: number | null;
  countAsReview: boolean;
  /** Omit for a fresh random draw; pass a quiz's seed to draw the same set again. */
  seed?: number;
}

/**
 * Draws a quiz from the deck's question pool and stores it with its questions in order. Pass a
 * transaction as `client` to make the quiz part of a larger write (assigning it to a class).
 */
export async function createQuiz(
  userId: UserId,
  deckId: AuthorizedDeckId,
  input: NewQuiz,
  client: Prisma.TransactionClient = db,
): Promise<Result<{ quizId: AuthorizedQuizId; questionCount: number }, "noQuestions">> {
  const pool = await client.quizQuestion.findMany({ where: { deckId, type: { in: input.types }, retiredAt: null }, select: { id: true, type: true } });
  const seed = input.seed ?? randomInt(0, 2 ** 31);
  const picked = pickQuestions(pool, input.types, input.count, seed);
  if (picked.length === 0) return fail("noQuestions", "This deck has no questions of the chosen types.");
  const quiz = await client.quiz.create({
    data: {
      deckId,
      ownerId: userId,
      title: input.title,
      types: JSON.stringify(input.types),
      questionCount: picked.length,
      seed,
      timeLimitSeconds: input.timeLimitSeconds,
      countAsReview: input.countAsReview,
      items: { create: picked.map((questionId, position) => ({ questionId, position })) },
    },
    select: { id: true },
  });
  // The creator owns the quiz, which is what authorizeQuiz checks.
  return ok({ quizId: quiz.id as AuthorizedQuizId, questionCount: picked.length });
}

/** A new quiz with the same settings as `quizId` and a fresh draw of questions. */
export async function reshuffleQuiz(userId: UserId, quizId: AuthorizedQuizId): Promise<Result<{ quizId: AuthorizedQuizId; questionCount: number }, "noQuestions">> {
  const quiz = await db.quiz.findUniqueOrThrow({ where: { id: quizId } });
  // The quiz was drawn from a deck its owner could open, and deck visibility never narrows.
  return createQuiz(userId, quiz.deckId as AuthorizedDeckId, {
    title: quiz.title,
    types: JSON.parse(quiz.types) as QuestionType[],
    count: quiz.questionCount,
    timeLimitSeconds: quiz.timeLimitSeconds,
    countAsReview: quiz.countAsReview,
  });
}

/**
 * The user's open attempt at this quiz if one is still running, else a new one: a reload never
 * starts over. A quiz assigned to the user's class allows only the assignment's number of
 * attempts, and an attempt counts from its first answer (`COUNTED_ATTEMPT`), not from opening.
 */
export async function startOrResumeAttempt(userId: UserId, quizId: AuthorizedQuizId, now: Date): Promise<Result<string, "noAttemptsLeft">> {
  return db.$transaction(async (tx) => {
    const open = await tx.quizAttempt.findFirst({
      where: { quizId, userId, submittedAt: null, OR: [{ deadline: null }, { deadline: { gt: now } }] },
      orderBy: { startedAt: "desc" },
      select: { id: true },
    });
    if (open) return ok(open.id);
    const quiz = await tx.quiz.findUniqueOrThrow({
      where: { id: quizId },
      select: {
        ownerId: true,
        timeLimitSeconds: true,
        _count: { select: { items: { where: { question: { retiredAt: null } } } } },
        assignments: { where: { class: { members: { some: { userId } } } }, select: { attemptsAllowed: true } },
      },
    });
    const limit = await attemptsLeft(tx, userId, quizId, quiz.ownerId, quiz.assignments);
    if (!limit.ok) return limit;
    const attempt = await tx.quizAttempt.create({
      data: {
        quizId,
        userId,
        startedAt: now,
        deadline: quiz.timeLimitSeconds ? new Date(now.getTime() + quiz.timeLimitSeconds * 1000) : null,
        maxScore: quiz._count.items,
      },
      select: { id: true },
    });
    return ok(attempt.id);
  });
}

/** Refuses a new attempt (or a first answer) once the assignment's allowance is used up. */
async function attemptsLeft(
  client: Prisma.TransactionClient,
  userId: UserId,
  quizId: string,
  ownerId: string,
  assignments: { attemptsAllowed: number | null }[],
): Promise<Result<null, "noAttemptsLeft">> {
  const limits = assignments.map((assignment) => assignment.attemptsAllowed).filter((limit) => limit !== null);
  if (ownerId === userId || limits.length === 0) return ok(null);
  const used = await client.quizAttempt.count({ where: { quizId, userId, ...COUNTED_ATTEMPT } });
  const allowed = Math.min(...limits);
  if (used < allowed) return ok(null);
  return fail("noAttemptsLeft", `This assignment allows ${allowed === 1 ? "one attempt" : `${allowed} attempts`}, and you have used them.`);
}

export type SaveAnswerFailure = "notInQuiz" | "submitted" | "timeUp" | "noAttemptsLeft";

/** Stores (or replaces) the answer to one question; the same answer twice is one row. */
export async function saveAnswer(
  attemptId: OwnAttemptId,
  questionId: string,
  response: QuestionResponse,
  now: Date,
): Promise<Result<{ savedAt: Date }, SaveAnswerFailure>> {
  const attempt = await db.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      userId: true,
      quizId: true,
      startedAt: true,
      submittedAt: true,
      deadline: true,
      _count: { select: { answers: true } },
      quiz: {
        select: {
          ownerId: true,
          items: { where: { questionId }, select: { question: { select: { spec: true, retiredAt: true } } } },
        },
      },
    },
  });
  if (attempt.submittedAt) return fail("submitted", "This attempt was already submitted; start a new one to answer again.");
  if (attempt.deadline && attempt.deadline <= now) return fail("timeUp", "Time is up for this attempt: it can only be submitted now.");
  const item = attempt.quiz.items[0];
  if (!item || !isAskedIn(item.question, attempt.startedAt)) return fail("notInQuiz", "That question is not part of this quiz.");
  if (attempt._count.answers === 0) {
    // The first answer is when the attempt starts to count: the allowance may have changed since it was opened.
    const assignments = await db.assignment.findMany({ where: { quizId: attempt.quizId, class: { members: { some: { userId: attempt.userId } } } }, select: { attemptsAllowed: true } });
    const limit = await attemptsLeft(db, attempt.userId as UserId, attempt.quizId, attempt.quiz.ownerId, assignments);
    if (!limit.ok) return limit;
  }
  const { score } = gradeResponse(parseSpec(item.question.spec, questionId), response);
  const data = { response: JSON.stringify(response), score, answeredAt: now };
  await db.quizAnswer.upsert({
    where: { attemptId_questionId: { attemptId, questionId } },
    create: { attemptId, questionId, ...data },
    update: data,
  });
  return ok({ savedAt: now });
}

/**
 * Grades the attempt and closes it; submitting twice changes nothing. With "count as review",
 * each answered question's card gets one FSRS review (correct -> Good, else Again), unless the
 * card was already reviewed this study day.
 */
export async function submitAttempt(userId: UserId, timeZone: string, attemptId: OwnAttemptId, now: Date): Promise<{ score: number; maxScore: number }> {
  const attempt = await db.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      answers: { select: { questionId: true, response: true } },
      quiz: {
        select: {
          countAsReview: true,
          deckId: true,
          items: { select: { question: { select: { id: true, spec: true, cardId: true, retiredAt: true } } } },
        },
      },
    },
  });
  if (attempt.submittedAt) return { score: attempt.score ?? 0, maxScore: attempt.maxScore };

  const responses = new Map(attempt.answers.map((answer) => [answer.questionId, parseResponse(answer.response)]));
  const graded = attempt.quiz.items.filter(({ question }) => isAskedIn(question, attempt.startedAt)).map(({ question }) => ({
    question,
    answered: responses.has(question.id),
    grade: gradeResponse(parseSpec(question.spec, question.id), responses.get(question.id) ?? null),
  }));
  const score = graded.reduce((sum, row) => sum + row.grade.score, 0);
  // Only the first submit wins; a concurrent second one finds submittedAt set and does nothing more.
  const closed = await db.quizAttempt.updateMany({ where: { id: attemptId, submittedAt: null }, data: { submittedAt: now, score } });
  if (closed.count === 0) {
    const settled = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { score: true, maxScore: true } });
    return { score: settled.score ?? 0, maxScore: settled.maxScore };
  }

  if (attempt.quiz.countAsReview) {
    const dayStart = startOfStudyDay(now, timeZone);
    const deckId = attempt.quiz.deckId as AuthorizedDeckId;
    for (const { question, answered, grade } of graded) {
      if (!answered || !question.cardId) continue;
      const reviewedToday = await db.reviewLog.count({ where: { userId, cardId: question.cardId, reviewedAt: { gte: dayStart } } });
      if (reviewedToday > 0) continue;
      // The key ties the review to this attempt and question, so a retried submit cannot add a second one.
      await recordReview(userId, deckId, { cardId: question.cardId, rating: grade.correct ? 3 : 1, idempotencyKey: `quiz-${attemptId}-${question.id}`, durationMs: 0 }, now);
    }
  }
  return { score, maxScore: attempt.maxScore };
}
