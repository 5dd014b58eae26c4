// Fills the database DATABASE_URL names with a small installation made through the app's own
// write paths (decks, reviews over several days, a class with a student and an assignment), so
// every card state is what its log replays to. Run as a child process by the transfer test:
//   node --conditions=react-server --import tsx tests/support/populate-installation.ts
import { randomUUID } from "node:crypto";
import type { UserId } from "@/features/account/session";
import type { InstructedClassId } from "@/features/class/access";
import type { AssignableDeckId } from "@/features/deck/access";
import { assignDeck, createClass, joinClassByCode } from "@/features/class/mutations";
import { recordReview } from "@/features/study/mutations";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser } from "../integration/fixtures";

const DAY = 86_400_000;
const start = new Date("2026-03-02T10:00:00Z").getTime();
const instructor = await createTestUser("Instructor");
await db.user.update({ where: { id: instructor }, data: { role: "instructor" } });
const deck = await createTestDeck(instructor, 6);
const created = await createClass(instructor, "History 101");
const classId = created.id as InstructedClassId;
const { joinCode } = await db.class.findUniqueOrThrow({ where: { id: created.id }, select: { joinCode: true } });
await assignDeck(classId, deck.deckId as AssignableDeckId, "Read the deck", new Date(start + 14 * DAY), 0.85);
for (let s = 0; s < 3; s += 1) {
  const student = await createTestUser(`Student ${s}`);
  const joined = await joinClassByCode(student as UserId, joinCode, new Date(start));
  if (!joined.ok) throw new Error(`join failed: ${joined.reason}`);
  for (let day = 0; day < 4; day += 1) {
    for (const [i, cardId] of deck.cardIds.entries()) {
      const rating = 1 + ((s + day + i) % 4);
      const at = new Date(start + day * DAY + i * 60_000 + s * 1000);
      await recordReview(student, deck.deckId, { cardId, rating: rating as 1 | 2 | 3 | 4, idempotencyKey: randomUUID(), durationMs: 1000 + i }, at);
    }
  }
}
await db.$disconnect();
