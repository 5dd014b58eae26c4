// `npm run test:crash`: sends 1,000 reviews with idempotency keys to the real app (`next start`
// on a built app, POST /api/study/reviews) while killing the server with SIGKILL at random moments
// and restarting it; unacknowledged reviews are retried with their key. Then, on the SQLite file:
// every acknowledged review is stored exactly once, none twice, each card's state matches its
// history, and PRAGMA integrity_check is ok. Ends with "N passed, N failed".
import "./load-env";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { hashPassword } from "@/features/account/password";
import { createDatabaseClient } from "@/lib/db";
import { signInOverHttp } from "./http-sign-in";
import { buildApp, runNode, startBuiltApp, waitForServer } from "./serve-built-app";

const ROOT = process.cwd();
const DIST_DIR = process.env.KIOKU_DIST_DIR ?? ".next-h";
const PORT = Number(process.env.KIOKU_CRASH_PORT ?? 3205);
const BASE = `http://127.0.0.1:${PORT}`;
const TOTAL = Number(process.env.KIOKU_CRASH_REVIEWS ?? 1000);
const WORKERS = 4;
const CARDS = 40;
const EMAIL = "crash@kioku.test";
const PASSWORD = "crash test passphrase";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Review {
  key: string;
  cardId: string;
  rating: number;
  ackedId?: string;
  /** The acknowledgement was a replay: the server had stored it but died before answering. */
  replayed?: boolean;
}

const outDir = path.join(ROOT, ".test-output", "crash");
mkdirSync(outDir, { recursive: true });
const dbFile = path.join(outDir, `crash-${Date.now()}.db`);
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  KIOKU_DIST_DIR: DIST_DIR,
  DATABASE_URL: `file:${dbFile}`,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  KIOKU_BACKUPS: "off",
};


async function prepare(): Promise<string[]> {
  buildApp(env, { reuse: process.env.KIOKU_CRASH_SKIP_BUILD === "1" });
  runNode(["--import", "tsx", "prisma/migrate.ts", "apply"], env);
  const db = createDatabaseClient(env.DATABASE_URL);
  const user = await db.user.create({ data: { email: EMAIL, name: "Crash", passwordHash: await hashPassword(PASSWORD), timeZone: "UTC" } });
  const deck = await db.deck.create({ data: { slug: "crash-deck", title: "Crash deck", ownerId: user.id } });
  await db.card.createMany({
    data: Array.from({ length: CARDS }, (_, i) => ({ deckId: deck.id, key: `c${i}`, kind: "basic" as const, prompt: `Q${i}`, answer: `A${i}`, position: i })),
  });
  const cards = await db.card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" }, select: { id: true } });
  await db.$disconnect();
  return cards.map((card) => card.id);
}

let server: ChildProcess | null = null;

async function startServer(): Promise<void> {
  // Its own process group, so SIGKILL reaches next and anything it spawned.
  server = startBuiltApp(PORT, env, { detached: true, stdio: "ignore" });
  // Up to two minutes: on a 2-core machine busy with other suites a restart can take long.
  await waitForServer(`${BASE}/api/health`, server, 120);
}

function killServer(signal: NodeJS.Signals): Promise<void> {
  const child = server;
  server = null;
  if (!child?.pid || child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
  return exited;
}

function signIn(): Promise<string> {
  return signInOverHttp(BASE, EMAIL, PASSWORD);
}

/** Sends one review; true once the server acknowledged it (201 stored, 200 replay of a stored one). */
async function send(review: Review, cookie: string): Promise<boolean> {
  try {
    const response = await fetch(`${BASE}/api/study/reviews`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: cookie },
      body: JSON.stringify({ cardId: review.cardId, rating: review.rating, idempotencyKey: review.key, durationMs: 1000 }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status !== 200 && response.status !== 201) return false;
    review.ackedId = ((await response.json()) as { reviewId: string }).reviewId;
    review.replayed = response.status === 200;
    return true;
  } catch {
    return false; // connection refused or reset: the server is down; retried later with the same key
  }
}

async function main(): Promise<number> {
  const cardIds = await prepare();
  // Worker w answers only cards w, w+4, …: answers to one card stay in order, as a learner's would.
  const reviews: Review[] = Array.from({ length: TOTAL }, (_, i) => ({
    key: `crash-${i}-${randomBytes(6).toString("hex")}`,
    cardId: cardIds[(i % WORKERS) + WORKERS * (Math.floor(i / WORKERS) % (CARDS / WORKERS))]!,
    rating: 1 + Math.floor(Math.random() * 4),
  }));
  await startServer();
  const cookie = await signIn();
  let kills = 0;
  let sending = true;
  let acknowledged = 0;
  let lastAcknowledgedAt = Date.now();
  // A killer that cannot restart the server must stop the senders too, or they retry forever.
  let failure: Error | null = null;
  const killer = (async () => {
    while (sending) {
      // After every 40-120 acknowledged answers (so the number of kills does not depend on how
      // fast the server is), at a random moment within the next 20 ms: with four senders always
      // waiting, that lands mid-request, mid-transaction or between them.
      const target = acknowledged + 40 + Math.floor(Math.random() * 80);
      while (sending && acknowledged < target) await sleep(2);
      await sleep(Math.random() * 20);
      if (!sending) break;
      await killServer("SIGKILL");
      kills++;
      await sleep(Math.random() * 300);
      await startServer();
    }
  })().catch((error: unknown) => {
    failure = error instanceof Error ? error : new Error(String(error));
  });
  let failedSends = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      for (let i = w; i < TOTAL; i += WORKERS) {
        // A learner whose answer failed tries again before moving on, with the same key.
        while (!(await send(reviews[i]!, cookie))) {
          if (failure) throw failure;
          if (Date.now() - lastAcknowledgedAt > 180_000) throw new Error("no answer was acknowledged for 3 minutes");
          failedSends++;
          await sleep(100);
        }
        acknowledged++;
        lastAcknowledgedAt = Date.now();
      }
    }),
  );
  sending = false;
  await killer;
  await killServer("SIGTERM");

  const sqlite = new Database(dbFile, { readonly: true });
  const checks: [string, boolean][] = [];
  const integrity = sqlite.pragma("integrity_check") as { integrity_check: string }[];
  checks.push([`PRAGMA integrity_check is ok (${integrity.map((row) => row.integrity_check).join("; ")})`, integrity[0]?.integrity_check === "ok"]);
  const rows = sqlite.prepare('SELECT id, "idempotencyKey" AS key FROM "ReviewLog"').all() as { id: string; key: string }[];
  const byKey = new Map<string, string[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.id]);
  // A run that never killed the server mid-stream would prove nothing.
  checks.push([`the server was killed ${kills} times while answers were being sent (at least 5)`, kills >= 5]);
  checks.push([`${rows.length} review rows for ${TOTAL} reviews sent`, rows.length === TOTAL]);
  checks.push(["no review stored twice", [...byKey.values()].every((ids) => ids.length === 1)]);
  checks.push(["every acknowledged review stored, under the id it was acknowledged with", reviews.every((r) => r.ackedId !== undefined && byKey.get(r.key)?.[0] === r.ackedId)]);
  checks.push(["no row that was never sent", rows.every((row) => reviews.some((r) => r.key === row.key))]);
  const mismatched = sqlite
    .prepare('SELECT s."cardId" FROM "CardState" s WHERE s.reps != (SELECT COUNT(*) FROM "ReviewLog" l WHERE l."cardId" = s."cardId" AND l."userId" = s."userId")')
    .all();
  checks.push(["every card's state matches its history (reps = log rows)", mismatched.length === 0]);
  sqlite.close();

  const storedUnanswered = reviews.filter((review) => review.replayed).length;
  console.log(
    `\nCrash test: ${TOTAL} reviews, ${WORKERS} concurrent senders, ${kills} SIGKILLs of the server, ${failedSends} sends failed and were retried ` +
      `(${storedUnanswered} of them had been stored before the server died, and were acknowledged as replays)`,
  );
  for (const [name, passed] of checks) console.log(`  ${passed ? "ok  " : "FAIL"} ${name}`);
  const failed = checks.filter(([, passed]) => !passed).length;
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  if (!failed) for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  return failed ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch(async (error: unknown) => {
    console.error(error);
    await killServer("SIGKILL");
    console.log("0 passed, 1 failed");
    process.exit(1);
  });
