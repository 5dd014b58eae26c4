import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { generateDeck } from "@/core/generation";
import { cardKeyForQuestion } from "@/core/quiz";
import type { UserId } from "@/features/account/session";
import { saveGeneratedDeck } from "@/features/deck/mutations";
import { applyRegenerationOperation, previewRegenerationOperation } from "@/features/deck/regeneration-operations";
import { reviewCardOperation } from "@/features/study/operations";
import { db } from "@/lib/db";
import { createTestUser } from "./fixtures";

/** Issue 15, item 1: "Regenerate from the article" shows new / changed / gone and applies only what is ticked. */
const NOW = new Date("2026-03-02T10:00:00Z");
const ARTICLE = `The Harbour Bridge opened on 19 March 1932. It was designed by the engineer John Bradfield, who oversaw the project for the New South Wales government.
Construction began in July 1923 and took eight years.
The bridge carries three kinds of traffic: road vehicles, trains, and pedestrians.
The Lighthouse Board met on 3 May 1921. The engineer Ada Quill proposed a new lamp design for the Board.`;

let owner: UserId;
let slug: string;
let deckId: string;
const generated = generateDeck({ text: ARTICLE });
const dropped = generated.cards[0]!;
const altered = generated.cards[1]!;

beforeAll(async () => {
  owner = await createTestUser("Regenerating owner");
  slug = `regen-${randomUUID().slice(0, 8)}`;
  // The deck as an older generator made it: one card it no longer makes, one it words differently, one it did not make yet.
  const cards = [
    ...generated.cards.slice(2),
    { ...altered, answer: `${altered.answer} (old wording)` },
    { key: "old-generator-card", kind: "basic" as const, prompt: "A card the generator no longer makes?", answer: "Yes", explanation: "", sourceSentenceIds: [0] },
  ];
  const summary = await saveGeneratedDeck({
    article: { slug, title: "Regenerated deck", body: ARTICLE, plainText: generated.plainText },
    sentences: generated.sentences,
    cards,
    questions: [],
    ownerId: owner,
  });
  deckId = summary.deckId;
});

describe("regenerating a deck from its article", () => {
  it("shows the diff as new, changed and gone", async () => {
    const preview = await previewRegenerationOperation({ id: owner }, slug);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value.diff.added.map((card) => card.key)).toEqual([dropped.key]);
    expect(preview.value.diff.changed.map((card) => card.key)).toEqual([altered.key]);
    expect(preview.value.diff.changed[0]!.before.answer).toBe(`${altered.answer} (old wording)`);
    expect(preview.value.diff.gone.map((card) => card.key)).toEqual(["old-generator-card"]);
  });

  it("applies only the ticked rows, keeps the history of a changed card and adds its new questions", async () => {
    const alteredId = (await db.card.findFirstOrThrow({ where: { deckId, key: altered.key } })).id;
    const learner = await createTestUser("Learner");
    await db.deck.update({ where: { id: deckId }, data: { ownerId: owner } });
    // The owner studies the card that is about to change.
    expect((await reviewCardOperation({ id: owner }, { cardId: alteredId, rating: 3, idempotencyKey: randomUUID(), durationMs: 1 }, NOW)).ok).toBe(true);

    const first = await applyRegenerationOperation({ id: owner }, { deckSlug: slug, keys: [`new:${dropped.key}`, "gone:old-generator-card"] }, NOW);
    expect(first).toMatchObject({ ok: true, value: { added: 1, changed: 0, removed: 1 } });
    const created = await db.card.findFirstOrThrow({ where: { deckId, key: dropped.key }, select: { answer: true, deletedAt: true, sources: true } });
    expect(created.answer).toBe(dropped.answer);
    expect(created.sources.length).toBeGreaterThan(0);
    expect((await db.card.findFirstOrThrow({ where: { deckId, key: "old-generator-card" } })).deletedAt).toEqual(NOW);
    // Unticked: the changed card keeps its old wording.
    expect((await db.card.findUniqueOrThrow({ where: { id: alteredId } })).answer).toBe(`${altered.answer} (old wording)`);

    const second = await applyRegenerationOperation({ id: owner }, { deckSlug: slug, keys: [`changed:${altered.key}`, "new:not-in-the-diff"] }, NOW);
    expect(second).toMatchObject({ ok: true, value: { added: 0, changed: 1, removed: 0 } });
    expect((await db.card.findUniqueOrThrow({ where: { id: alteredId } })).answer).toBe(altered.answer);
    expect(await db.reviewLog.count({ where: { cardId: alteredId } })).toBe(1);
    expect(await db.card.count({ where: { deckId, key: "not-in-the-diff" } })).toBe(0);
    const aboutAltered = generated.questions.filter((question) => cardKeyForQuestion(question, generated.cards) === altered.key).length;
    expect(await db.quizQuestion.count({ where: { deckId, cardId: alteredId, retiredAt: null } })).toBe(aboutAltered);

    // Nothing is left to apply.
    const after = await previewRegenerationOperation({ id: owner }, slug);
    expect(after.ok && after.value.diff).toEqual({ added: [], changed: [], gone: [] });
    // Someone else cannot see or apply it.
    expect(await previewRegenerationOperation({ id: learner }, slug)).toMatchObject({ ok: false, reason: "notFound" });
    expect(await applyRegenerationOperation({ id: learner }, { deckSlug: slug, keys: [] }, NOW)).toMatchObject({ ok: false, reason: "notFound" });
  });

  it("refuses malformed input with a message", async () => {
    expect(await applyRegenerationOperation({ id: owner }, { deckSlug: slug, keys: ["drop table"] }, NOW)).toMatchObject({ ok: false, reason: "invalid" });
  });
});
