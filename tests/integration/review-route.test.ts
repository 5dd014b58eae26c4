import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser, UserId } from "@/features/account/session";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";

let signedIn: UserId | null = null;
vi.mock("@/features/account/session", () => ({
  getCurrentUser: async (): Promise<CurrentUser | null> =>
    signedIn ? ({ id: signedIn, name: "Test", email: "t@test.kioku", role: "student", timeZone: "UTC" } as CurrentUser) : null,
}));
const { POST } = await import("@/app/api/study/reviews/route");

function post(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://127.0.0.1:3000/api/study/reviews", {
      method: "POST",
      headers: { Host: "127.0.0.1:3000", "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

describe("POST /api/study/reviews", () => {
  let userId: UserId;
  let cardId: string;
  beforeEach(async () => {
    userId = await createTestUser();
    signedIn = userId;
    cardId = (await createTestDeck(userId, 1)).cardIds[0]!;
  });

  it("records the signed-in user's answer through recordReview, once per idempotency key", async () => {
    const answer = { cardId, rating: 3, idempotencyKey: key(), durationMs: 1500 };
    const first = await post(answer);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ replayed: false, nextDue: expect.any(String) });
    expect((await post(answer)).status).toBe(200);
    expect(await db.reviewLog.count({ where: { userId, cardId } })).toBe(1);
    expect(await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } })).toMatchObject({ reps: 1 });
  });

  it("refuses without a session, from another site, without JSON, with bad input, and for someone else's card", async () => {
    const answer = { cardId, rating: 3, idempotencyKey: key(), durationMs: 1500 };
    signedIn = null;
    expect((await post(answer)).status).toBe(401);
    signedIn = userId;
    expect((await post(answer, { Origin: "https://evil.example" })).status).toBe(403);
    expect((await post(JSON.stringify(answer), { "Content-Type": "text/plain" })).status).toBe(415);
    const invalid = await post({ ...answer, rating: 7 });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).message).toMatch(/Rating must be 1/);
    expect((await post("{not json")).status).toBe(400);
    signedIn = await createTestUser("Mallory");
    expect((await post(answer)).status).toBe(404);
    expect(await db.reviewLog.count({ where: { cardId } })).toBe(0);
  });
});
