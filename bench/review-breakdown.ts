import { performance } from "node:perf_hooks";
import { findSessionUser } from "@/features/account/data";
import type { UserId } from "@/features/account/session";
import { authorizeCardDeck } from "@/features/deck/access";
import { recordReview } from "@/features/study/mutations";
import { answerOverHttp } from "@/features/study/review-endpoint";
import { db } from "@/lib/db";

/**
 * Where an app review's time goes, in-process on the benchmark's app database (no HTTP): the
 * steps POST /api/study/reviews runs, one by one and then together, and one Prisma round trip
 * for scale. Run by
 * review-throughput.ts as `node --conditions=react-server --import tsx` so `server-only` loads.
 */
const RUNS = 200;

async function time(name: string, step: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 20; i += 1) await step(RUNS + i);
  const started = performance.now();
  for (let i = 0; i < RUNS; i += 1) await step(i);
  console.log(`  ${name.padEnd(44)} ${((performance.now() - started) / RUNS).toFixed(2).padStart(6)} ms`);
}

const user = await db.user.findFirstOrThrow({ where: { email: process.env.BENCH_EMAIL }, select: { id: true } });
const userId = user.id as UserId;
const cards = await db.card.findMany({ where: { deck: { ownerId: userId } }, select: { id: true, deckId: true }, take: 1000 });
const card = (i: number) => cards[i % cards.length]!;

console.log("where an app review's time goes (in-process, mean of 200):");
await time("one Prisma round trip (SELECT 1)", () => db.$queryRaw`SELECT 1`);
await time("session check (findSessionUser)", () => findSessionUser(userId));
await time("deck authorization (authorizeCardDeck)", (i) => authorizeCardDeck(userId, card(i).id));
await time("recordReview (writer thread, one transaction)", (i) =>
  recordReview(userId, card(i).deckId as never, { cardId: card(i).id, rating: 3, idempotencyKey: `breakdown-${process.pid}-${i}`, durationMs: 1000 }, new Date()),
);
await time("all of it (answerOverHttp, JSON already parsed)", (i) =>
  answerOverHttp(
    {
      user: { id: userId },
      origin: null,
      host: "127.0.0.1",
      contentType: "application/json",
      readJson: async () => ({ cardId: card(i).id, rating: 1 + (i % 4), idempotencyKey: `breakdown-all-${process.pid}-${i}`, durationMs: 1000 }),
    },
    new Date(),
  ),
);
await db.$disconnect();
