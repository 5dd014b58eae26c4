import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedCard, QuizQuestion } from "@/core/generation/types";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { saveGeneratedDeck } from "@/features/deck/mutations";
import { authorizeAttempt, authorizeQuiz, type OwnAttemptId } from "@/features/quiz/access";
import { getAttemptResults, getAttemptView } from "@/features/quiz/data";
import { createQuiz, saveAnswer, startOrResumeAttempt, submitAttempt } from "@/features/quiz/mutations";
import { db } from "@/lib/db";
import { createTestUser } from "./fixtures";

const NOW = new Date("2026-03-02T10:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const base = { explanation: "Because the article says so.", sourceSentenceIds: [0] };

const CARDS: GeneratedCard[] = [
  { key: "kawaguchi-proposed", kind: "actionToPerson", prompt: "Who proposed it?", answer: "Yoriko Kawaguchi", explanation: "", sourceSentenceIds: [0] },
];
const QUESTIONS: QuizQuestion[] = [
  { ...base, key: "mc", type: "multipleChoice", prompt: "Who proposed it?", options: ["Taro Aso", "Yoriko Kawaguchi", "Katsuya Okada", "Junichiro Koizumi"], correctIndex: 1 },
  { ...base, key: "tf", type: "trueFalse", prompt: "True or false?", statement: "Aso proposed it.", answer: false },
  {
    ...base,
    key: "tl",
    type: "timeline",
    prompt: "Order these.",
    items: [
      { id: "b", label: "Second", date: { kind: "date", value: "2004", iso: "2004", parts: { year: true, month: false, day: false, season: false }, accepted: [] } },
      { id: "a", label: "First", date: { kind: "date", value: "2001", iso: "2001", parts: { year: true, month: false, day: false, season: false }, accepted: [] } },
      { id: "c", label: "Third", date: { kind: "date", value: "2006", iso: "2006", parts: { year: true, month: false, day: false, season: false }, accepted: [] } },
    ],
    order: ["a", "b", "c"],
  },
  { ...base, key: "mt", type: "matching", prompt: "Match.", left: ["Kawaguchi", "Aso"], right: ["Arc", "Dialogue"], pairs: [1, 0] },
  { ...base, key: "lr", type: "listRecall", prompt: "Name the two.", items: ["business promotion", "regional cooperation"], ordered: false },
  {
    ...base,
    key: "ty",
    type: "typed",
    prompt: "When?",
    answer: { kind: "date", value: "26 August 2004", iso: "2004-08-26", parts: { year: true, month: true, day: true, season: false }, accepted: [] },
  },
];

let owner: UserId;
let deckId: AuthorizedDeckId;

beforeAll(async () => {
  owner = await createTestUser("Quiz owner");
  const summary = await saveGeneratedDeck({
    article: { slug: `quiz-${randomUUID().slice(0, 8)}`, title: "Quiz deck", body: "Kawaguchi proposed it.", plainText: "Kawaguchi proposed it." },
    sentences: [{ id: 0, start: 0, end: 22, text: "Kawaguchi proposed it." }],
    cards: CARDS,
    questions: QUESTIONS,
    ownerId: owner,
  });
  deckId = summary.deckId as AuthorizedDeckId;
});

async function newAttempt(countAsReview = false, timeLimitSeconds: number | null = null) {
  const quiz = await createQuiz(owner, deckId, { title: "Quiz", types: ["multipleChoice", "trueFalse", "timeline", "matching", "listRecall", "typed"], count: 6, timeLimitSeconds, countAsReview });
  if (!quiz.ok) throw new Error(quiz.message);
  const attempt = await startOrResumeAttempt(owner, quiz.value.quizId, NOW);
  if (!attempt.ok) throw new Error(attempt.message);
  return { quizId: quiz.value.quizId, attemptId: attempt.value as OwnAttemptId };
}

async function questionId(key: string) {
  return (await db.quizQuestion.findFirstOrThrow({ where: { deckId, key } })).id;
}

describe("quizzes", () => {
  it("links a question to the card that tests the same fact", async () => {
    const mc = await db.quizQuestion.findFirstOrThrow({ where: { deckId, key: "mc" }, select: { cardId: true } });
    const card = await db.card.findFirstOrThrow({ where: { deckId, key: "kawaguchi-proposed" } });
    expect(mc.cardId).toBe(card.id);
    expect((await db.quizQuestion.findFirstOrThrow({ where: { deckId, key: "tl" } })).cardId).toBeNull();
  });

  it("resumes the open attempt instead of starting over", async () => {
    const { quizId, attemptId } = await newAttempt();
    await saveAnswer(attemptId, await questionId("mc"), { type: "multipleChoice", choice: 1 }, NOW);
    expect(await startOrResumeAttempt(owner, quizId, later(5))).toEqual({ ok: true, value: attemptId });
    const view = await getAttemptView(attemptId);
    expect(view.questions).toHaveLength(6);
    expect(view.questions.find((q) => q.question.type === "multipleChoice")?.saved).toEqual({ type: "multipleChoice", choice: 1 });
    expect(JSON.stringify(view)).not.toContain("correctIndex");
  });

  it("stores an answer sent twice once, keeping the latest", async () => {
    const { attemptId } = await newAttempt();
    const id = await questionId("ty");
    await saveAnswer(attemptId, id, { type: "typed", text: "26 August 2004" }, NOW);
    await saveAnswer(attemptId, id, { type: "typed", text: "26 August 2004" }, later(1));
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
  });

  it("grades with partial credit and submits once", async () => {
    const { attemptId } = await newAttempt();
    await saveAnswer(attemptId, await questionId("mc"), { type: "multipleChoice", choice: 1 }, NOW);
    await saveAnswer(attemptId, await questionId("tf"), { type: "trueFalse", value: false }, NOW);
    // Spec order is First, Second, Third = indexes 0,1,2; swapping the first two gets 2 of 3 pairs.
    await saveAnswer(attemptId, await questionId("tl"), { type: "timeline", order: [1, 0, 2] }, NOW);
    await saveAnswer(attemptId, await questionId("mt"), { type: "matching", choices: [0, 0] }, NOW);
    await saveAnswer(attemptId, await questionId("lr"), { type: "listRecall", items: ["Business promotion", ""] }, NOW);
    await saveAnswer(attemptId, await questionId("ty"), { type: "typed", text: "August 26, 2004" }, NOW);
    const first = await submitAttempt(owner, "UTC", attemptId, later(2));
    expect(first.maxScore).toBe(6);
    expect(first.score).toBeCloseTo(1 + 1 + 2 / 3 + 0.5 + 0.5 + 1);
    const again = await submitAttempt(owner, "UTC", attemptId, later(3));
    expect(again).toEqual(first);
    const results = await getAttemptResults(attemptId);
    expect(results.rows.find((row) => row.type === "typed")).toMatchObject({ score: 1, given: "August 26, 2004", expected: "26 August 2004" });
    expect(results.rows.every((row) => row.sourcePositions.length > 0)).toBe(true);
    expect(await saveAnswer(attemptId, await questionId("mc"), { type: "multipleChoice", choice: 0 }, later(4))).toMatchObject({ ok: false, reason: "submitted" });
  });

  it("refuses answers after the time limit", async () => {
    const { attemptId } = await newAttempt(false, 60);
    const result = await saveAnswer(attemptId, await questionId("mc"), { type: "multipleChoice", choice: 1 }, later(2));
    expect(result).toMatchObject({ ok: false, reason: "timeUp" });
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });

  it("counts a quiz answer as one review of its card, at most once per day", async () => {
    const card = await db.card.findFirstOrThrow({ where: { deckId, key: "kawaguchi-proposed" } });
    const before = await db.reviewLog.count({ where: { userId: owner, cardId: card.id } });
    for (const choice of [1, 0]) {
      const { attemptId } = await newAttempt(true);
      await saveAnswer(attemptId, await questionId("mc"), { type: "multipleChoice", choice }, NOW);
      await submitAttempt(owner, "UTC", attemptId, later(10));
    }
    const logs = await db.reviewLog.findMany({ where: { userId: owner, cardId: card.id }, orderBy: { reviewedAt: "asc" } });
    expect(logs.length - before).toBe(1);
    expect(logs.at(-1)?.rating).toBe(3);
  });

  it("keeps quizzes and attempts private to their owner", async () => {
    const stranger = await createTestUser("Stranger");
    const { quizId, attemptId } = await newAttempt();
    expect(await authorizeQuiz(stranger, quizId)).toBeNull();
    expect(await authorizeAttempt(stranger, attemptId)).toBeNull();
    expect(await authorizeAttempt(owner, attemptId)).not.toBeNull();
  });
});
