import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { QUESTION_TYPES } from "@/core/quiz";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { saveGeneratedDeck } from "@/features/deck/mutations";
import type { OwnAttemptId } from "@/features/quiz/access";
import { getQuestionTypeCounts, getQuizOverview, listQuizzesForDeck } from "@/features/quiz/data";
import { createQuiz, saveAnswer, startOrResumeAttempt } from "@/features/quiz/mutations";
import type { UserId } from "@/features/account/session";
import { assignQuizOperation, createClassOperation } from "@/features/class/operations";
import { listAssignableDecks } from "@/features/deck/data";
import { db } from "@/lib/db";
import { createTestUser } from "./fixtures";

/** Issue 15, item 3: a quiz that gives fewer questions than asked says what it has. */
describe("a quiz asked for more than the deck has", () => {
  it("lists only the types it really has, with their counts", async () => {
    const owner = await createTestUser("Quiz owner");
    const text = "Kawaguchi proposed it in 2004.";
    const base = { explanation: "", sourceSentenceIds: [0] };
    const summary = await saveGeneratedDeck({
      article: { slug: `avail-${randomUUID().slice(0, 8)}`, title: "Small deck", body: text, plainText: text },
      sentences: [{ id: 0, start: 0, end: text.length, text }],
      cards: [{ key: "c", kind: "eventToDate", prompt: "When?", answer: "2004", explanation: "", sourceSentenceIds: [0] }],
      questions: [
        { ...base, key: "tf1", type: "trueFalse", prompt: "True or false?", statement: "Kawaguchi proposed it.", answer: true },
        { ...base, key: "tf2", type: "trueFalse", prompt: "True or false?", statement: "Aso proposed it.", answer: false },
        { ...base, key: "ty", type: "typed", prompt: "When?", answer: { kind: "date", value: "2004", iso: "2004", parts: { year: true, month: false, day: false, season: false }, accepted: [] } },
      ],
      ownerId: owner,
    });
    const deckId = summary.deckId as AuthorizedDeckId;
    expect(await getQuestionTypeCounts(deckId)).toMatchObject({ trueFalse: 2, typed: 1, multipleChoice: 0 });
    const quiz = await createQuiz(owner, deckId, { title: "Ten of six types", types: [...QUESTION_TYPES], count: 10, timeLimitSeconds: null, countAsReview: false });
    if (!quiz.ok) throw new Error(quiz.message);
    const overview = await getQuizOverview(owner, quiz.value.quizId, new Date("2026-03-02T10:00:00Z"));
    expect(overview.questionCount).toBe(3);
    expect(overview.types).toEqual(["trueFalse", "typed"]);
    expect(overview.typeCounts).toEqual({ trueFalse: 2, typed: 1 });
    expect(quiz.value.questionCount).toBe(3);

    // The history under the builder lists the same real types, and counts an attempt only once it is answered.
    const history = async () => (await listQuizzesForDeck(owner, deckId)).find((row) => row.id === quiz.value.quizId)!;
    expect(await history()).toMatchObject({ questionCount: 3, typeCounts: { trueFalse: 2, typed: 1 }, attempts: 0 });
    const at = new Date("2026-03-02T10:00:00Z");
    const attempt = await startOrResumeAttempt(owner, quiz.value.quizId, at);
    if (!attempt.ok) throw new Error(attempt.message);
    expect((await history()).attempts).toBe(0);
    const first = await db.quizItem.findFirstOrThrow({ where: { quizId: quiz.value.quizId, question: { type: "trueFalse" } }, select: { questionId: true } });
    await saveAnswer(attempt.value as OwnAttemptId, first.questionId, { type: "trueFalse", value: true }, new Date(at.getTime() + 10_000));
    expect((await history()).attempts).toBe(1);

    // The class's assign-quiz form gets the same counts per deck, and the assignment says what it got.
    const instructor = await db.user.create({ data: { name: "Teacher", email: `${randomUUID()}@test.kioku`, passwordHash: "x", role: "instructor", timeZone: "UTC" }, select: { id: true } });
    const actor = { id: instructor.id as UserId, role: "instructor" as const, timeZone: "UTC" };
    await db.deck.update({ where: { id: deckId }, data: { ownerId: instructor.id } });
    const assignable = await listAssignableDecks(actor.id);
    const slug = (await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { slug: true } })).slug;
    expect(assignable.find((deck) => deck.slug === slug)?.questionCounts).toEqual(await getQuestionTypeCounts(deckId));
    const created = await createClassOperation(actor, { name: "Availability class" });
    if (!created.ok) throw new Error(created.message);
    const assigned = await assignQuizOperation(actor, { classId: created.value.id, deckSlug: slug, dueAt: "2030-01-01T10:00:00.000Z", types: ["trueFalse", "typed"], count: 10, attemptsAllowed: "", timeLimitMinutes: "" });
    if (!assigned.ok) throw new Error(assigned.message);
    expect(assigned.value.questionCount).toBe(3);
  });
});
