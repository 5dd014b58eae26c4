import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedCard, QuizQuestion } from "@/core/generation/types";
import { replayState, sameMemoryState, schedulerSettingsOf } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { addCardOperation, deleteCardOperation, editCardOperation } from "@/features/deck/card-operations";
import { listDeckSummaries } from "@/features/deck/data";
import { saveGeneratedDeck } from "@/features/deck/mutations";
import type { OwnAttemptId } from "@/features/quiz/access";
import { getAttemptResults, getAttemptView, getQuestionTypeCounts } from "@/features/quiz/data";
import { createQuiz, startOrResumeAttempt, submitAttempt } from "@/features/quiz/mutations";
import { getSchedulingSettings } from "@/features/card-state/data";
import { getStudyView } from "@/features/study/data";
import { reviewCardOperation } from "@/features/study/operations";
import { LOG_ORDER } from "@/features/card-state/log";
import { historyFromRows, memoryFromRow } from "@/core/scheduling";
import { db } from "@/lib/db";
import { createTestUser } from "./fixtures";

/**
 * Editing a published deck (issue 15, item 1): the owner edits, deletes and adds cards; history
 * is kept unless progress is reset; a deleted card leaves study and quizzes; quiz questions
 * follow every change.
 */
const NOW = new Date("2026-03-02T10:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const SENTENCES = ["Kawaguchi proposed the dialogue in 2004.", "Aso spoke in Tokyo in 2006.", "Okada attended in 2010."];
const CARDS: GeneratedCard[] = SENTENCES.map((_, i) => ({
  key: `card-${i}`,
  kind: "eventToDate",
  prompt: `When did event ${i} happen?`,
  answer: String([2004, 2006, 2010][i]),
  explanation: "",
  sourceSentenceIds: [i],
}));
const typed = (i: number): QuizQuestion => ({
  key: `typed-${i}`,
  type: "typed",
  prompt: `When did event ${i} happen?`,
  answer: { kind: "date", value: CARDS[i]!.answer, iso: CARDS[i]!.answer, parts: { year: true, month: false, day: false, season: false }, accepted: [] },
  explanation: "",
  sourceSentenceIds: [i],
});
const QUESTIONS: QuizQuestion[] = [typed(0), typed(1), typed(2), { key: "tf-2", type: "trueFalse", prompt: "True or false?", statement: "Okada attended in 2010.", answer: true, explanation: "", sourceSentenceIds: [2] }];

let owner: UserId;
let learner: UserId;
let deckId: AuthorizedDeckId;
let slug: string;
let cardIds: string[];

async function reviewAs(userId: UserId, cardId: string, at: Date, rating = 3) {
  const result = await reviewCardOperation({ id: userId }, { cardId, rating, idempotencyKey: randomUUID(), durationMs: 1000 }, at);
  return result;
}

async function stateMatchesLog(userId: UserId, cardId: string) {
  const logs = await db.reviewLog.findMany({ where: { userId, cardId }, orderBy: [...LOG_ORDER] });
  const row = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
  const replayed = replayState(historyFromRows(logs), schedulerSettingsOf(await getSchedulingSettings(userId, deckId)));
  return sameMemoryState(replayed, memoryFromRow(row));
}

beforeAll(async () => {
  owner = await createTestUser("Deck owner");
  learner = await createTestUser("Learner in the class");
  slug = `edit-${randomUUID().slice(0, 8)}`;
  let offset = 0;
  const sentences = SENTENCES.map((text, id) => {
    const sentence = { id, start: offset, end: offset + text.length, text };
    offset = sentence.end + 1;
    return sentence;
  });
  const summary = await saveGeneratedDeck({
    article: { slug, title: "Editable deck", body: SENTENCES.join(" "), plainText: SENTENCES.join(" ") },
    sentences,
    cards: CARDS,
    questions: QUESTIONS,
    ownerId: owner,
  });
  deckId = summary.deckId as AuthorizedDeckId;
  cardIds = (await db.card.findMany({ where: { deckId }, orderBy: { position: "asc" }, select: { id: true } })).map((card) => card.id);
  // The learner studies the deck through a class it is assigned to.
  const klass = await db.class.create({ data: { instructorId: owner, name: "Edit class", joinCode: `E${randomUUID().slice(0, 8)}`, members: { create: { userId: learner } } } });
  await db.assignment.create({ data: { classId: klass.id, kind: "deck", deckId, title: "Editable deck", dueAt: later(60 * 24 * 7) } });
  for (const cardId of cardIds) expect((await reviewAs(learner, cardId, NOW)).ok).toBe(true);
});

describe("editing a published card", () => {
  it("keeps the review history and the memory state when progress is not reset", async () => {
    const before = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner, cardId: cardIds[0]! } } });
    const logsBefore = await db.reviewLog.count({ where: { cardId: cardIds[0]! } });
    const edited = await editCardOperation({ id: owner }, { deckSlug: slug, cardId: cardIds[0], prompt: "In which year was the dialogue proposed?", answer: "2004", explanation: "Kawaguchi, in Astana." }, later(1));
    expect(edited).toMatchObject({ ok: true, value: { message: "Card saved; review history kept." } });
    const card = await db.card.findUniqueOrThrow({ where: { id: cardIds[0]! } });
    expect(card.prompt).toBe("In which year was the dialogue proposed?");
    expect(await db.reviewLog.count({ where: { cardId: cardIds[0]! } })).toBe(logsBefore);
    const after = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner, cardId: cardIds[0]! } } });
    expect(after.reps).toBe(before.reps);
    expect(after.due).toEqual(before.due);
    // The question about the old wording is gone from the pool (no quiz used it, so it is deleted).
    expect(await db.quizQuestion.count({ where: { deckId, key: "typed-0" } })).toBe(0);
    expect(await db.quizQuestion.count({ where: { deckId, key: "typed-1" } })).toBe(1);
  });

  it("resets every learner's progress when ticked, by appending to the log, and the state still replays from it", async () => {
    const logsBefore = await db.reviewLog.count({ where: { cardId: cardIds[1]! } });
    const edited = await editCardOperation({ id: owner }, { deckSlug: slug, cardId: cardIds[1], prompt: "When did event 1 happen?", answer: "2006", explanation: "Aso, in Tokyo.", resetProgress: "on" }, later(2));
    expect(edited).toMatchObject({ ok: true, value: { message: "Card saved; progress reset for 1 learner." } });
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: learner, cardId: cardIds[1]! } } });
    expect(state.phase).toBe("new");
    const logs = await db.reviewLog.findMany({ where: { cardId: cardIds[1]! }, orderBy: [...LOG_ORDER] });
    expect(logs).toHaveLength(logsBefore + 1);
    expect(logs.at(-1)!.rating).toBe(0);
    expect(await stateMatchesLog(learner, cardIds[1]!)).toBe(true);
    // A new explanation alone leaves its quiz question as it was.
    expect(await db.quizQuestion.count({ where: { deckId, key: "typed-1", retiredAt: null } })).toBe(1);
  });

  it("refuses empty text with field errors and changes nothing", async () => {
    const result = await editCardOperation({ id: owner }, { deckSlug: slug, cardId: cardIds[2], prompt: "  ", answer: "2010" }, later(3));
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(!result.ok && result.fieldErrors?.prompt?.length).toBeTruthy();
    expect((await db.card.findUniqueOrThrow({ where: { id: cardIds[2]! } })).prompt).toBe("When did event 2 happen?");
  });
});

describe("deleting a published card", () => {
  let quizId: string;
  let oldAttempt: OwnAttemptId;

  it("retires a question a quiz already used instead of deleting it, and keeps that attempt's results", async () => {
    const quiz = await createQuiz(owner, deckId, { title: "Before the delete", types: ["typed", "trueFalse"], count: 10, timeLimitSeconds: null, countAsReview: false });
    if (!quiz.ok) throw new Error(quiz.message);
    quizId = quiz.value.quizId;
    const started = await startOrResumeAttempt(learner, quiz.value.quizId, later(4));
    if (!started.ok) throw new Error(started.message);
    oldAttempt = started.value as OwnAttemptId;
    await submitAttempt(learner, "UTC", oldAttempt, later(5));
    expect((await getAttemptResults(oldAttempt)).rows.map((row) => row.prompt)).toContain("When did event 2 happen?");

    const logsBefore = await db.reviewLog.count({ where: { cardId: cardIds[2]! } });
    const deleted = await deleteCardOperation({ id: owner }, { deckSlug: slug, cardId: cardIds[2] }, later(6));
    expect(deleted.ok).toBe(true);

    // History stays; the card row stays (soft delete) so the log keeps its foreign key.
    expect(await db.reviewLog.count({ where: { cardId: cardIds[2]! } })).toBe(logsBefore);
    expect((await db.card.findUniqueOrThrow({ where: { id: cardIds[2]! } })).deletedAt).toEqual(later(6));
    // The questions on its sentence are retired, not deleted, because a quiz used them.
    const retired = await db.quizQuestion.findMany({ where: { deckId, key: { in: ["typed-2", "tf-2"] } }, select: { retiredAt: true } });
    expect(retired).toHaveLength(2);
    expect(retired.every((question) => question.retiredAt !== null)).toBe(true);
    // The finished attempt still shows what it asked.
    expect((await getAttemptResults(oldAttempt)).rows.map((row) => row.prompt)).toContain("When did event 2 happen?");
  });

  it("takes the card out of study, counts and new quizzes, and refuses answers to it", async () => {
    const summary = (await listDeckSummaries(learner, later(7))).find((deck) => deck.slug === slug)!;
    expect(summary.totalCards).toBe(2);
    const view = await getStudyView({ id: learner }, deckId, later(60 * 24 * 30));
    expect(view.remaining).toBe(2);
    expect((await reviewAs(learner, cardIds[2]!, later(8))).ok).toBe(false);
    expect(await getQuestionTypeCounts(deckId)).toMatchObject({ typed: 1, trueFalse: 0 });
    const fresh = await createQuiz(owner, deckId, { title: "After", types: ["typed", "trueFalse"], count: 10, timeLimitSeconds: null, countAsReview: false });
    if (!fresh.ok) throw new Error(fresh.message);
    const keys = await db.quizItem.findMany({ where: { quizId: fresh.value.quizId }, select: { question: { select: { key: true } } } });
    expect(keys.map((item) => item.question.key)).toEqual(["typed-1"]);
  });

  it("leaves the retired questions out of a new attempt at an older quiz", async () => {
    const retake = await startOrResumeAttempt(learner, quizId as never, later(9));
    if (!retake.ok) throw new Error(retake.message);
    const view = await getAttemptView(retake.value as OwnAttemptId);
    expect(view.questions.map((question) => question.question.prompt)).toEqual(["When did event 1 happen?"]);
    expect((await submitAttempt(learner, "UTC", retake.value as OwnAttemptId, later(10))).maxScore).toBe(1);
  });

  it("keeps the last card of a deck", async () => {
    const other = await createTestUser("Owner of a one-card deck");
    const { createTestDeck } = await import("./fixtures");
    const small = await createTestDeck(other, 1);
    const oneSlug = (await db.deck.findUniqueOrThrow({ where: { id: small.deckId } })).slug;
    expect(await deleteCardOperation({ id: other }, { deckSlug: oneSlug, cardId: small.cardIds[0] }, NOW)).toMatchObject({ ok: false, reason: "lastCard" });
  });
});

describe("adding a card", () => {
  it("adds a front/back card that learners can study", async () => {
    const added = await addCardOperation({ id: owner }, { deckSlug: slug, prompt: "Who attended in 2010?", answer: "Okada" });
    expect(added.ok).toBe(true);
    const card = await db.card.findFirstOrThrow({ where: { deckId, prompt: "Who attended in 2010?" } });
    expect(card.kind).toBe("basic");
    const view = await getStudyView({ id: learner }, deckId, later(60 * 24 * 30));
    expect(view.remaining).toBe(3);
  });

  it("groups cards made by hand as siblings when given the same group, which keeps them to separate days", async () => {
    const owner2 = await createTestUser("Hand deck owner");
    const summary = await saveGeneratedDeck({
      article: { slug: `hand-${randomUUID().slice(0, 8)}`, title: "Hand deck", body: SENTENCES[0]!, plainText: SENTENCES[0]! },
      sentences: [{ id: 0, start: 0, end: SENTENCES[0]!.length, text: SENTENCES[0]! }],
      cards: [CARDS[0]!],
      questions: [],
      ownerId: owner2,
    });
    const handSlug = (await db.deck.findUniqueOrThrow({ where: { id: summary.deckId }, select: { slug: true } })).slug;
    for (const [prompt, answer] of [["Capital of Japan?", "Tokyo"], ["Tokyo is the capital of?", "Japan"]] as const) {
      expect((await addCardOperation({ id: owner2 }, { deckSlug: handSlug, prompt, answer, group: " japan " })).ok).toBe(true);
    }
    const added = await db.card.findMany({ where: { deckId: summary.deckId, key: { startsWith: "added-" } }, select: { group: true } });
    expect(added.map((card) => card.group)).toEqual(["import:japan", "import:japan"]);
    // Three cards, two of them siblings: two start today.
    const ownView = await getStudyView({ id: owner2 }, summary.deckId as AuthorizedDeckId, NOW);
    expect(ownView.remaining).toBe(2);
    const tooLong = await addCardOperation({ id: owner2 }, { deckSlug: handSlug, prompt: "Q?", answer: "A", group: "g".repeat(201) });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { group: ["A sibling group has at most 200 characters."] } });
    expect(await db.card.count({ where: { deckId: summary.deckId } })).toBe(3);
  });
});

describe("who may change cards", () => {
  it("refuses a learner of an assigned deck, another user and a built-in deck as notFound, and changes nothing", async () => {
    const stranger = await createTestUser("Stranger");
    const builtIn = await db.deck.create({ data: { slug: `builtin-${randomUUID().slice(0, 8)}`, title: "Built in", cards: { create: { key: "k", kind: "basic", prompt: "P", answer: "A", position: 0 } } }, select: { slug: true, cards: { select: { id: true } } } });
    const before = await db.card.findMany({ where: { deckId }, orderBy: { id: "asc" } });
    for (const actor of [learner, stranger, owner]) {
      const target = actor === owner ? { deckSlug: builtIn.slug, cardId: builtIn.cards[0]!.id } : { deckSlug: slug, cardId: cardIds[1]! };
      expect(await editCardOperation({ id: actor }, { ...target, prompt: "Changed", answer: "X" }, NOW)).toMatchObject({ ok: false, reason: "notFound" });
      expect(await deleteCardOperation({ id: actor }, target, NOW)).toMatchObject({ ok: false, reason: "notFound" });
      expect(await addCardOperation({ id: actor }, { deckSlug: target.deckSlug, prompt: "New", answer: "Y" })).toMatchObject({ ok: false, reason: "notFound" });
    }
    // The owner cannot reach a card of another deck through their own deck's slug either.
    expect(await editCardOperation({ id: owner }, { deckSlug: slug, cardId: builtIn.cards[0]!.id, prompt: "Changed", answer: "X" }, NOW)).toMatchObject({ ok: false, reason: "notFound" });
    expect(await db.card.findMany({ where: { deckId }, orderBy: { id: "asc" } })).toEqual(before);
  });
});
