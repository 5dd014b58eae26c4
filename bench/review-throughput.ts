import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { hashPassword } from "@/features/account/password";
import { createDatabaseClient } from "@/lib/db";
import { signInOverHttp } from "../scripts/http-sign-in";
import { buildApp, startBuiltApp, waitForServer } from "../scripts/serve-built-app";
import { benchPostgresAnswers } from "./review-throughput-postgres";
import { measureKeyToNextCard } from "./study-latency";

/**
 * One review (grade -> FSRS -> transaction) over HTTP: the app's own path (`next start` on a
 * built app, a real signed-in session, POST /api/study/reviews -> recordReview) against a floor
 * (bench/review-floor-server.ts: bare node:http + better-sqlite3 + ts-fsrs doing the same writes),
 * both on fresh databases with the same pragmas, loaded by the same autocannon on loopback.
 */

const ROOT = process.cwd();
const DIST_DIR = ".next-b";
// Ports apart from the e2e suites' (31xx-32xx); KIOKU_BENCH_PORT moves both.
const APP_PORT = Number(process.env.KIOKU_BENCH_PORT ?? 3941);
const FLOOR_PORT = APP_PORT + 1;
const CARDS = 2000;
/** 8 is where the engines are compared (the PostgreSQL target is app/floor ≥ 0.5 there). */
export const CONNECTIONS = [1, 4, 8, 16];
const SECONDS = 4;
const ROUNDS = 3;
/** Answers per batch request (issue 16: a device sends all its waiting answers at once). */
const BATCH = 20;
const EMAIL = "bench@kioku.test";
const PASSWORD = "bench-password-1";

export interface Target {
  name: string;
  url: string;
  /** Answers per request: 1, or a batch to /api/study/reviews/batch. */
  batch?: number;
  headers: Record<string, string>;
  cardIds: string[];
  countReviews: () => Promise<number>;
}

export interface Measured {
  connections: number;
  perSecond: number;
  p99: number;
  ok: number;
  failed: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, print = false): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  if (print) process.stdout.write(result.stdout);
}

/** A fresh migrated database with one user owning a deck of CARDS cards. */
export async function prepareDatabase(url: string) {
  if (url.startsWith("file:")) for (const suffix of ["", "-wal", "-shm"]) rmSync(url.slice("file:".length) + suffix, { force: true });
  run(process.execPath, ["--import", "tsx", "prisma/migrate.ts", "apply"], { ...process.env, DATABASE_URL: url });
  const db = createDatabaseClient(url);
  const user = await db.user.create({ data: { email: EMAIL, name: "Bench", passwordHash: await hashPassword(PASSWORD), timeZone: "UTC" } });
  const deck = await db.deck.create({ data: { slug: `bench-${randomBytes(4).toString("hex")}`, title: "Bench deck", ownerId: user.id } });
  await db.card.createMany({
    data: Array.from({ length: CARDS }, (_, i) => ({ deckId: deck.id, key: `c${i}`, kind: "basic" as const, prompt: `Q${i}`, answer: `A${i}`, position: i })),
  });
  const cardIds = (await db.card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" }, select: { id: true } })).map((card) => card.id);
  return { url, db, userId: user.id, deckId: deck.id, cardIds };
}

/** Refuses to start next to someone else's server: its health check would pass for ours. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`Port ${port} is taken; set KIOKU_BENCH_PORT to another port.`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

export function signIn(baseUrl: string): Promise<string> {
  return signInOverHttp(baseUrl, EMAIL, PASSWORD);
}

let sequence = 0;
function load(target: Target, connections: number, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        requests: [
          {
            method: "POST",
            headers: { "Content-Type": "application/json", ...target.headers },
            // Consecutive requests take consecutive cards, so concurrent answers never share a card.
            setupRequest: (request) => {
              const answer = () => {
                sequence += 1;
                const cardId = target.cardIds[sequence % target.cardIds.length]!;
                return { cardId, rating: 1 + (sequence % 4), idempotencyKey: `bench-${process.pid}-${sequence}`, durationMs: 3000 };
              };
              if (!target.batch) return { ...request, body: JSON.stringify(answer()) };
              const answeredAt = new Date().toISOString();
              return { ...request, body: JSON.stringify({ answers: Array.from({ length: target.batch }, () => ({ ...answer(), answeredAt })) }) };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function measureOnce(target: Target, connections: number): Promise<Measured> {
  const result = await load(target, connections, SECONDS);
  // Reviews, not requests: a batch stores `batch` answers per 2xx.
  const ok = result["2xx"] * (target.batch ?? 1);
  return { connections, perSecond: ok / (result.duration || SECONDS), p99: result.latency.p99, ok, failed: result.requests.total - result["2xx"] };
}

/**
 * Floor and app take turns at each connection count, so a busy neighbour on the machine slows
 * both alike instead of one; `ROUNDS` turns each, the faster turn kept.
 */
export async function measure(targets: Target[]): Promise<Map<string, Measured[]>> {
  for (const target of targets) await load(target, 4, 2); // warm-up: JIT, connection pools, page cache
  const results = new Map(targets.map((target) => [target.name, [] as Measured[]]));
  for (const connections of CONNECTIONS) {
    const best = new Map<string, Measured>();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const target of targets) {
        const measured = await measureOnce(target, connections);
        const previous = best.get(target.name);
        if (!previous || measured.perSecond > previous.perSecond) best.set(target.name, { ...measured, failed: measured.failed + (previous?.failed ?? 0) });
        else previous.failed += measured.failed;
      }
    }
    for (const target of targets) results.get(target.name)!.push(best.get(target.name)!);
  }
  return results;
}

/** SIGTERM, then SIGKILL if the server has not exited within 5 s: no server outlives the bench. */
export async function stop(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/** GET `url` for SECONDS at `connections` (one by default): what a server costs before any work. */
export async function emptyRequestRate(url: string, connections = 1): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon({ url, connections, duration: SECONDS }, (error, result) => (error ? reject(error) : resolve(result))));
}

export async function benchReviewThroughput(): Promise<void> {
  let sqliteAt8 = NaN;
  console.log("\n## One review over HTTP: the app vs a bare floor");
  const outDir = path.join(ROOT, ".test-output", "bench");
  mkdirSync(outDir, { recursive: true });
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", KIOKU_DIST_DIR: DIST_DIR };
  buildApp(env, { reuse: process.env.KIOKU_BENCH_SKIP_BUILD === "1" });
  const app = await prepareDatabase(`file:${path.join(outDir, "app.db")}`);
  const floor = await prepareDatabase(`file:${path.join(outDir, "floor.db")}`);
  let appServer: ChildProcess | null = null;
  let floorServer: ChildProcess | null = null;
  await assertPortFree(APP_PORT);
  await assertPortFree(FLOOR_PORT);
  try {
    // KIOKU_BENCH_PROFILE=<dir> writes a V8 CPU profile of the app server there (open it in Chrome DevTools).
    const profile = process.env.KIOKU_BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.KIOKU_BENCH_PROFILE)}`] : [];
    appServer = startBuiltApp(APP_PORT, { ...env, DATABASE_URL: app.url, AUTH_SECRET: randomBytes(32).toString("base64url"), KIOKU_DEMO_ACCOUNTS: "off" }, { nodeArgs: profile });
    floorServer = spawn(process.execPath, ["--import", "tsx", "bench/review-floor-server.ts"], {
      cwd: ROOT,
      env: { ...process.env, FLOOR_DB: floor.url.replace(/^file:/, ""), FLOOR_USER: floor.userId, FLOOR_DECK: floor.deckId, PORT: String(FLOOR_PORT) },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const appUrl = `http://127.0.0.1:${APP_PORT}`;
    await Promise.all([waitForServer(`${appUrl}/api/health`, appServer), waitForServer(`http://127.0.0.1:${FLOOR_PORT}/health`, floorServer)]);
    const cookie = await signIn(appUrl);

    const targets: Target[] = [
      { name: "floor", url: `http://127.0.0.1:${FLOOR_PORT}/review`, headers: {}, cardIds: floor.cardIds, countReviews: () => floor.db.reviewLog.count() },
      { name: "app", url: `${appUrl}/api/study/reviews`, headers: { Cookie: cookie }, cardIds: app.cardIds, countReviews: () => app.db.reviewLog.count() },
      {
        name: "batch",
        url: `${appUrl}/api/study/reviews/batch`,
        batch: BATCH,
        headers: { Cookie: cookie },
        cardIds: app.cardIds,
        countReviews: () => app.db.reviewLog.count(),
      },
    ];
    const results = await measure(targets);

    console.log(`autocannon on loopback, best of ${ROUNDS} turns of ${SECONDS} s each, WAL + synchronous=FULL on both; reviews/s counts 2xx answers`);
    console.log("conns   floor rev/s  floor p99     app rev/s   app p99    app/floor");
    for (const [index, connections] of CONNECTIONS.entries()) {
      const f = results.get("floor")![index]!;
      const a = results.get("app")![index]!;
      console.log(
        `${String(connections).padStart(5)} ${f.perSecond.toFixed(0).padStart(12)} ${`${f.p99.toFixed(1)} ms`.padStart(10)} ${a.perSecond.toFixed(0).padStart(13)} ${`${a.p99.toFixed(1)} ms`.padStart(9)} ${(a.perSecond / f.perSecond).toFixed(2).padStart(12)}`,
      );
    }
    console.log(`conns   batches of ${BATCH}: app rev/s   p99 per batch   batch/floor`);
    for (const [index, connections] of CONNECTIONS.entries()) {
      const f = results.get("floor")![index]!;
      const b = results.get("batch")![index]!;
      console.log(`${String(connections).padStart(5)} ${b.perSecond.toFixed(0).padStart(26)} ${`${b.p99.toFixed(1)} ms`.padStart(15)} ${(b.perSecond / f.perSecond).toFixed(2).padStart(13)}`);
    }
    // The app and the batch target write the same database, so its rows are counted once.
    const failedOf = (name: string) => results.get(name)!.reduce((sum, row) => sum + row.failed, 0);
    console.log(`floor: ${await targets[0]!.countReviews()} review rows stored, ${failedOf("floor")} requests not answered 2xx`);
    console.log(`app (single + batch): ${await targets[1]!.countReviews()} review rows stored, ${failedOf("app")} + ${failedOf("batch")} requests not answered 2xx`);
    const best = (name: string) => Math.max(...results.get(name)!.map((row) => row.perSecond));
    const ratio = best("app") / best("floor");
    console.log(`best app/floor: ${ratio.toFixed(2)} (target ≥ 0.33): ${ratio >= 1 / 3 ? "met" : "NOT met"}`);
    const at8 = CONNECTIONS.indexOf(8);
    sqliteAt8 = results.get("app")![at8]!.perSecond / results.get("floor")![at8]!.perSecond;
    const batchRatio = best("batch") / best("floor");
    console.log(`best batch-of-${BATCH}/floor, reviews stored per second: ${batchRatio.toFixed(2)} (target ≥ 1.0): ${batchRatio >= 1 ? "met" : "NOT met"}`);

    // Key press to next card in Chromium, on a fresh user's study page of the same app (the bench
    // user's queue is whatever the load above left).
    const student = await app.db.user.create({ data: { email: "bench-study@kioku.test", name: "Bench study", passwordHash: await hashPassword(PASSWORD), timeZone: "UTC" } });
    const studyDeck = await app.db.deck.create({ data: { slug: `bench-study-${randomBytes(4).toString("hex")}`, title: "Study latency", ownerId: student.id } });
    await app.db.card.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({ deckId: studyDeck.id, key: `s${i}`, kind: "basic" as const, prompt: `Question ${i}?`, answer: `Answer ${i}`, position: i })),
    });
    const latencies = await measureKeyToNextCard(appUrl, await signInOverHttp(appUrl, "bench-study@kioku.test", PASSWORD), studyDeck.slug, 19);
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    const worst = sorted[sorted.length - 1] ?? NaN;
    console.log(
      `key press to next card painted (Chromium, ${latencies.length} answers): median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms (target < 50 ms): ${worst < 50 ? "met" : median < 50 ? "met at the median" : "NOT met"}`,
    );
    // What each side costs per request before any work: the app's cheapest route (one trivial
    // query) and the floor's bare `GET /health`, both at one connection, as the answers above.
    const [appEmpty, floorEmpty] = [await emptyRequestRate(`${appUrl}/api/health`), await emptyRequestRate(`http://127.0.0.1:${FLOOR_PORT}/health`)];
    const ms = (perSecond: number) => 1000 / perSecond;
    const rate = (result: autocannon.Result) => result["2xx"] / (result.duration || SECONDS);
    const appAnswer = ms(results.get("app")![0]!.perSecond);
    const floorAnswer = ms(results.get("floor")![0]!.perSecond);
    console.log(`per request at 1 connection (ms):        floor   app`);
    console.log(`  an empty request                       ${ms(rate(floorEmpty)).toFixed(2).padStart(5)}  ${ms(rate(appEmpty)).toFixed(2).padStart(5)}   (floor GET /health; app GET /api/health = Next.js route + SELECT 1)`);
    console.log(`  an answer                              ${floorAnswer.toFixed(2).padStart(5)}  ${appAnswer.toFixed(2).padStart(5)}`);
    console.log(`  the answer's own work (the difference) ${(floorAnswer - ms(rate(floorEmpty))).toFixed(2).padStart(5)}  ${(appAnswer - ms(rate(appEmpty))).toFixed(2).padStart(5)}`);
    await stop(appServer);
    appServer = null;
    run(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/review-breakdown.ts"], { ...env, DATABASE_URL: app.url, BENCH_EMAIL: EMAIL }, true);
    console.log(
      "What limits the app: what an empty request costs, Next.js's per-request work for a route handler (routing,\n" +
        "web Request/Response streams, async context) against bare node:http. The answer's own work is the same\n" +
        "SQLite transaction and fsync as the floor's, written by the app's writer thread: at one connection that\n" +
        "thread hop adds latency; with several, the server's thread serves other requests during the fsync.",
    );
  } finally {
    await stop(appServer);
    await stop(floorServer);
    await Promise.all([app.db.$disconnect(), floor.db.$disconnect()]);
  }
  await benchPostgresAnswers(env, sqliteAt8);
}
