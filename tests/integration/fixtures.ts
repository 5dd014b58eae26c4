import { randomUUID } from "node:crypto";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { saveGeneratedDeck } from "@/features/deck/mutations";
import { db } from "@/lib/db";

/** A user with a unique e-mail; the password hash is a placeholder because these tests never sign in. */
export async function createTestUser(name = "Test Student"): Promise<UserId> {
  const user = await db.user.create({
    data: { name, email: `${randomUUID()}@test.kioku`, passwordHash: "not-a-real-hash", role: "student", timeZone: "Europe/Berlin" },
    select: { id: true },
  });
  return user.id as UserId;
}

/** A small deck with `cardCount` cards; `ownerId` null makes it a built-in deck. */
export async function createTestDeck(ownerId: string | null, cardCount = 3): Promise<{ deckId: AuthorizedDeckId; cardIds: string[] }> {
  const slug = `test-${randomUUID().slice(0, 8)}`;
  const texts = Array.from({ length: cardCount }, (_, i) => `Fact number ${i + 1} happened in ${2000 + i}.`);
  const plainText = texts.join(" ");
  let offset = 0;
  const sentences = texts.map((text, id) => {
    const sentence = { id, start: offset, end: offset + text.length, text };
    offset = sentence.end + 1;
    return sentence;
  });
  const summary = await saveGeneratedDeck({
    article: { slug, title: `Test deck ${slug}`, author: "Tester", published: "2020-01-01", source: "tests", body: plainText, plainText },
    sentences,
    cards: sentences.map((sentence) => ({
      key: `fact-${sentence.id}`,
      kind: "eventToDate" as const,
      prompt: `When did fact number ${sentence.id + 1} happen?`,
      answer: String(2000 + sentence.id),
      explanation: "",
      sourceSentenceIds: [sentence.id],
    })),
    questions: [],
    ownerId,
  });
  const cards = await db.card.findMany({ where: { deckId: summary.deckId }, orderBy: { position: "asc" }, select: { id: true } });
  return { deckId: summary.deckId as AuthorizedDeckId, cardIds: cards.map((card) => card.id) };
}

export const key = () => randomUUID();
