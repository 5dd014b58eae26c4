import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import * as operations from "@/features/class/operations";
import { listDecksToKeepOffline } from "@/features/study/data";
import { recordReview } from "@/features/study/mutations";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";

const NOW = new Date("2026-03-02T10:00:00Z");

async function instructor(name: string) {
  const created = await db.user.create({ data: { name, email: `${randomUUID()}@test.kioku`, passwordHash: "x", role: "instructor", timeZone: "UTC" }, select: { id: true, role: true } });
  return { id: created.id as UserId, role: created.role };
}

async function slugOf(deckId: string): Promise<string> {
  return (await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { slug: true } })).slug;
}

/** GET /api/study/offline-decks lists these: the decks a device keeps for offline study. */
describe("decks a device keeps for offline study", () => {
  it("lists the decks the user has started and may still study, most recently studied first", async () => {
    const userId = await createTestUser();
    const own = await createTestDeck(userId, 2);
    const builtIn = await createTestDeck(null, 2);
    const untouched = await createTestDeck(null, 2);
    const someoneElses = await createTestDeck(await createTestUser("Other"), 2);
    await recordReview(userId, own.deckId, { cardId: own.cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 1 }, NOW);
    await recordReview(userId, builtIn.deckId, { cardId: builtIn.cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 1 }, new Date(NOW.getTime() + 60_000));

    const slugs = await listDecksToKeepOffline(userId);
    expect(slugs).toEqual([await slugOf(builtIn.deckId), await slugOf(own.deckId)]);
    expect(slugs).not.toContain(await slugOf(untouched.deckId));
    expect(slugs).not.toContain(await slugOf(someoneElses.deckId));
  });

  it("drops a class deck once the student has left the class, though its states remain", async () => {
    const teacher = await instructor("Tara Teacher");
    const student = await createTestUser();
    const deck = await createTestDeck(teacher.id, 2);
    const slug = await slugOf(deck.deckId);
    const created = await operations.createClassOperation(teacher, { name: "Offline class" });
    if (!created.ok) throw new Error("setup failed");
    const classId = created.value.id;
    expect((await operations.assignDeckOperation(teacher, { classId, deckSlug: slug, dueAt: "2030-01-15T10:00:00.000Z", targetRecallPercent: 85 })).ok).toBe(true);
    const code = (await db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
    expect((await operations.joinClassOperation({ id: student, role: "student" }, { code }, NOW)).ok).toBe(true);
    await recordReview(student, deck.deckId, { cardId: deck.cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 1 }, NOW);
    expect(await listDecksToKeepOffline(student)).toEqual([slug]);

    expect((await operations.removeStudentOperation(teacher, { classId, userId: student })).ok).toBe(true);
    expect(await db.cardState.count({ where: { userId: student, deckId: deck.deckId } })).toBe(1);
    expect(await listDecksToKeepOffline(student)).toEqual([]);
  });
});
