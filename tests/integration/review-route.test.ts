import { beforeEach, describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import type { SessionClaims } from "@/features/account/session-token";
import { answerOverHttp, MAX_ANSWER_BYTES } from "@/features/study/review-endpoint";
import { readJsonBody } from "@/lib/json-body";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";

let signedIn: UserId | SessionClaims | null = null;

/** POST /api/study/reviews as its route hands it over (e2e drives the real route over HTTP). */
function post(body: unknown, headers: { origin?: string; contentType?: string } = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return answerOverHttp(
    {
      user: signedIn === null ? null : typeof signedIn === "string" ? { id: signedIn } : signedIn,
      origin: headers.origin ?? null,
      host: "127.0.0.1:3000",
      contentType: headers.contentType ?? "application/json",
      readJson: async () => {
        try {
          return JSON.parse(text);
        } catch {
          return undefined;
        }
      },
    },
    new Date(),
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
    expect(first.body).toMatchObject({ replayed: false, nextDue: expect.any(String) });
    expect((await post(answer)).status).toBe(200);
    expect(await db.reviewLog.count({ where: { userId, cardId } })).toBe(1);
    expect(await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } })).toMatchObject({ reps: 1 });
  });

  it("answers 413 for a padded answer over the cap, before parsing it, and stores nothing", async () => {
    const padded = JSON.stringify({ cardId, rating: 3, idempotencyKey: key(), durationMs: 1500, pad: "x".repeat(10 * 1024 * 1024) });
    const headerSets: Record<string, string>[] = [{ "Content-Type": "application/json" }, { "Content-Type": "application/json", "Content-Length": String(padded.length) }];
    for (const headers of headerSets) {
      const request = new Request("http://127.0.0.1:3000/api/study/reviews", { method: "POST", body: padded, headers });
      const answered = await answerOverHttp(
        { user: { id: userId }, origin: null, host: "127.0.0.1:3000", contentType: "application/json", readJson: () => readJsonBody(request, MAX_ANSWER_BYTES) },
        new Date(),
      );
      expect(answered.status).toBe(413);
    }
    expect(await db.reviewLog.count({ where: { userId } })).toBe(0);
  });

  it("refuses without a session, from another site, without JSON, with bad input, and for someone else's card", async () => {
    const answer = { cardId, rating: 3, idempotencyKey: key(), durationMs: 1500 };
    signedIn = null;
    expect((await post(answer)).status).toBe(401);
    signedIn = userId;
    expect((await post(answer, { origin: "https://evil.example" })).status).toBe(403);
    // A sandboxed frame sends `Origin: null`: refused like any other site, not a crash.
    expect((await post(answer, { origin: "null" })).status).toBe(403);
    expect((await post(JSON.stringify(answer), { contentType: "text/plain" })).status).toBe(415);
    const invalid = await post({ ...answer, rating: 7 });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ message: expect.stringMatching(/Rating must be 1/) });
    expect((await post("{not json")).status).toBe(400);
    signedIn = await createTestUser("Mallory");
    expect((await post(answer)).status).toBe(404);
    expect(await db.reviewLog.count({ where: { cardId } })).toBe(0);
  });

  it("checks a session cookie's claims against the user row its answer reads: a current session answers, an ended one gets 401 and writes nothing", async () => {
    const answer = () => ({ cardId, rating: 3, idempotencyKey: key(), durationMs: 1500 });
    signedIn = { userId, sessionVersion: 0 };
    expect((await post(answer())).status).toBe(201);
    expect((await post({ ...answer(), rating: 7 })).status).toBe(400);
    // Signed out elsewhere (the version moved on), then disabled: refused before anything is written.
    await db.user.update({ where: { id: userId }, data: { sessionVersion: 1 } });
    expect((await post(answer())).status).toBe(401);
    expect((await post({ ...answer(), rating: 7 })).status).toBe(401);
    signedIn = { userId, sessionVersion: 1 };
    expect((await post(answer())).status).toBe(201);
    await db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    expect((await post(answer())).status).toBe(401);
    signedIn = { userId: "no-such-user", sessionVersion: 0 };
    expect((await post(answer())).status).toBe(401);
    expect(await db.reviewLog.count({ where: { cardId } })).toBe(2);
  });
});
