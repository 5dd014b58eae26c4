import "server-only";
import { gradeResponse, presentQuestion, QUESTION_TYPES, seedFrom, type PresentedQuestion, type QuestionResponse, type QuestionSpec, type QuestionType } from "@/core/quiz";
import { db } from "@/lib/db";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import type { AuthorizedQuizId, OwnAttemptId, OwnQuizId } from "./access";
import { isAskedIn, parsePositions, parseResponse, parseSpec } from "./spec-row";

/** How many questions of each type the deck offers. */
export async function getQuestionTypeCounts(deckId: AuthorizedDeckId): Promise<Record<QuestionType, number>> {
  const rows = await db.quizQuestion.groupBy({ by: ["type"], where: { deckId, retiredAt: null }, _count: { _all: true } });
  const counts = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>;
  for (const row of rows) counts[row.type] = row._count._all;
  return counts;
}

export interface QuizOverviewDTO {
  id: string;
  title: string;
  deck: { slug: string; title: string };
  /** The types the quiz's questions have, in the usual order; not the types once asked for, which the deck may not have had. */
  types: QuestionType[];
  /** Questions per type, as asked by a new attempt. */
  typeCounts: Partial<Record<QuestionType, number>>;
  questionCount: number;
  timeLimitSeconds: number | null;
  countAsReview: boolean;
  openAttemptId: string | null;
  attempts: { id: string; startedAt: Date; submittedAt: Date; percent: number }[];
}

export async function getQuizOverview(userId: UserId, quizId: AuthorizedQuizId, now: Date): Promise<QuizOverviewDTO> {
  const quiz = await db.quiz.findUniqueOrThrow({
    where: { id: quizId },
    select: {
      id: true,
      title: true,
      types: true,
      timeLimitSeconds: true,
      countAsReview: true,
      deck: { select: { slug: true, title: true } },
      items: { where: { question: { retiredAt: null } }, select: { question: { select: { type: true } } } },
      attempts: {
        where: { userId },
        orderBy: { startedAt: "asc" },
        select: { id: true, startedAt: true, submittedAt: true, deadline: true, score: true, maxScore: true },
      },
    },
  });
  const open = quiz.attempts.find((attempt) => !attempt.submittedAt && (!attempt.deadline || attempt.deadline > now));
  return {
    id: quiz.id,
    title: quiz.title,
    deck: quiz.deck,
    types: QUESTION_TYPES.filter((type) => quiz.items.some((item) => item.question.type === type)),
    typeCounts: Object.fromEntries(
      QUESTION_TYPES.map((type) => [type, quiz.items.filter((item) => item.question.type === type).length]).filter(([, count]) => count !== 0),
    ) as Partial<Record<QuestionType, number>>,
    questionCount: quiz.items.length,
    timeLimitSeconds: quiz.timeLimitSeconds,
    countAsReview: quiz.countAsReview,
    openAttemptId: open?.id ?? null,
    attempts: quiz.attempts
      .filter((attempt) => attempt.submittedAt)
      .map((attempt) => ({
        id: attempt.id,
        startedAt: attempt.startedAt,
        submittedAt: attempt.submittedAt!,
        percent: attempt.maxScore ? Math.round(((attempt.score ?? 0) / attempt.maxScore) * 100) : 0,
      })),
  };
}

export interface AttemptQuestionDTO {
  id: string;
  question: PresentedQuestion;
  saved: QuestionResponse | null;
}

export interface AttemptViewDTO {
  attemptId: string;
  quizId: string;
  title: string;
  deadline: string | null;
  submitted: boolean;
  questions: AttemptQuestionDTO[];
}

/** The attempt as the student takes it: questions without answer keys, plus what was saved so far. */
export async function getAttemptView(attemptId: OwnAttemptId): Promise<AttemptViewDTO> {
  const attempt = await db.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      id: true,
      startedAt: true,
      deadline: true,
      submittedAt: true,
      answers: { select: { questionId: true, response: true } },
      quiz: {
        select: {
          id: true,
          title: true,
          items: { orderBy: { position: "asc" }, select: { question: { select: { id: true, spec: true, retiredAt: true } } } },
        },
      },
    },
  });
  const saved = new Map(attempt.answers.map((answer) => [answer.questionId, parseResponse(answer.response)]));
  return {
    attemptId: attempt.id,
    quizId: attempt.quiz.id,
    title: attempt.quiz.title,
    deadline: attempt.deadline?.toISOString() ?? null,
    submitted: attempt.submittedAt !== null,
    questions: attempt.quiz.items.filter(({ question }) => isAskedIn(question, attempt.startedAt)).map(({ question }) => ({
      id: question.id,
      question: presentQuestion(parseSpec(question.spec, question.id), seedFrom(`${attempt.id}:${question.id}`)),
      saved: saved.get(question.id) ?? null,
    })),
  };
}

export interface ResultRowDTO {
  questionId: string;
  type: QuestionType;
  prompt: string;
  given: string;
  expected: string;
  score: number;
  explanation: string;
  sourcePositions: number[];
}

export interface AttemptResultsDTO {
  quizId: string;
  title: string;
  deckSlug: string;
  submittedAt: Date | null;
  score: number;
  maxScore: number;
  rows: ResultRowDTO[];
}

export async function getAttemptResults(attemptId: OwnAttemptId): Promise<AttemptResultsDTO> {
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
          id: true,
          title: true,
          deck: { select: { slug: true } },
          items: {
            orderBy: { position: "asc" },
            select: { question: { select: { id: true, type: true, spec: true, explanation: true, sourcePositions: true, retiredAt: true } } },
          },
        },
      },
    },
  });
  const responses = new Map(attempt.answers.map((answer) => [answer.questionId, parseResponse(answer.response)]));
  const rows = attempt.quiz.items.filter(({ question }) => isAskedIn(question, attempt.startedAt)).map(({ question }) => {
    const spec = parseSpec(question.spec, question.id);
    const grade = gradeResponse(spec, responses.get(question.id) ?? null);
    return {
      questionId: question.id,
      type: question.type,
      prompt: spec.type === "trueFalse" ? `${spec.prompt} ${spec.statement}` : spec.prompt,
      given: grade.given,
      expected: grade.expected,
      score: grade.score,
      explanation: question.explanation,
      sourcePositions: parsePositions(question.sourcePositions),
    };
  });
  return {
    quizId: attempt.quiz.id,
    title: attempt.quiz.title,
    deckSlug: attempt.quiz.deck.slug,
    submittedAt: attempt.submittedAt,
    score: attempt.score ?? rows.reduce((sum, row) => sum + row.score, 0),
    maxScore: attempt.maxScore,
    rows,
  };
}

/** The user's quizzes on a deck, newest first, for "retake" links. */
export interface DeckQuizDTO {
  id: string;
  title: string;
  createdAt: Date;
  questionCount: number;
  /** The types the quiz's questions have, with their counts: not the types once asked for. */
  typeCounts: Partial<Record<QuestionType, number>>;
  /** Attempts that count: submitted or answered at least once (opening a quiz and leaving is not one). */
  attempts: number;
}

/** The user's quizzes on a deck, newest first: the quiz history under the quiz builder. */
export async function listQuizzesForDeck(userId: UserId, deckId: AuthorizedDeckId): Promise<DeckQuizDTO[]> {
  const quizzes = await db.quiz.findMany({
    where: { ownerId: userId, deckId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      title: true,
      createdAt: true,
      questionCount: true,
      items: { select: { question: { select: { type: true } } } },
      attempts: { where: { userId, OR: [{ submittedAt: { not: null } }, { answers: { some: {} } }] }, select: { id: true } },
    },
  });
  return quizzes.map((quiz) => ({
    id: quiz.id,
    title: quiz.title,
    createdAt: quiz.createdAt,
    questionCount: quiz.questionCount,
    typeCounts: Object.fromEntries(
      QUESTION_TYPES.map((type) => [type, quiz.items.filter((item) => item.question.type === type).length]).filter(([, count]) => count !== 0),
    ) as Partial<Record<QuestionType, number>>,
    attempts: quiz.attempts.length,
  }));
}

export interface PrintableQuizDTO {
  title: string;
  deckTitle: string;
  questions: { id: string; question: PresentedQuestion; spec: QuestionSpec }[];
}

/**
 * The quiz as a paper test: the questions a new attempt would ask (retired ones left out), with
 * orderable and matchable items shuffled by a seed of the quiz, so the test and its key agree on
 * every print.
 */
export async function getPrintableQuiz(quizId: OwnQuizId): Promise<PrintableQuizDTO> {
  const quiz = await db.quiz.findUniqueOrThrow({
    where: { id: quizId },
    select: {
      title: true,
      deck: { select: { title: true } },
      items: { where: { question: { retiredAt: null } }, orderBy: { position: "asc" }, select: { question: { select: { id: true, spec: true } } } },
    },
  });
  return {
    title: quiz.title,
    deckTitle: quiz.deck.title,
    questions: quiz.items.map(({ question }) => {
      const spec = parseSpec(question.spec, question.id);
      return { id: question.id, spec, question: presentQuestion(spec, seedFrom(`print:${quizId}:${question.id}`)) };
    }),
  };
}
