import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { hashPassword } from "@/features/account/password";
import { createDatabaseClient } from "@/lib/db";
import { signInOverHttp } from "../scripts/http-sign-in";
import { buildApp, runNode, startBuiltApp, waitForServer } from "../scripts/serve-built-app";

/**
 * A bounded load test of the built app on loopback with autocannon: review submissions
 * (POST /api/study/reviews) and study-page loads (GET /study/<deck>) at rising concurrency, each
 * for a few seconds. Reports throughput, p50, p99, errors and how often SQLite said it was busy
 * (counted in the server's own output: Prisma surfaces SQLITE_BUSY as "database is locked").
 */

const ROOT = process.cwd();
const DIST_DIR = process.env.KIOKU_DIST_DIR ?? ".next-h";
const PORT = Number(process.env.KIOKU_LOAD_PORT ?? 3206);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = [1, 8, 32, 64];
const SECONDS = Number(process.env.KIOKU_LOAD_SECONDS ?? 5);
const CARDS = 2000;
const EMAIL = "load@kioku.test";
const PASSWORD = "load test passphrase";
const BUSY = /SQLITE_BUSY|database is locked/g;

function signIn(): Promise<string> {
  return signInOverHttp(BASE, EMAIL, PASSWORD);
}

let sequence = 0;

function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

export async function benchLoad(): Promise<void> {
  console.log("\n## Load: review submissions and study-page loads at rising concurrency");
  const outDir = path.join(ROOT, ".test-output", "bench");
  mkdirSync(outDir, { recursive: true });
  const dbFile = path.join(outDir, "load.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    KIOKU_DIST_DIR: DIST_DIR,
    DATABASE_URL: `file:${dbFile}`,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    KIOKU_BACKUPS: "off",
  };
  buildApp(env, { reuse: process.env.KIOKU_BENCH_SKIP_BUILD === "1" });
  runNode(["--import", "tsx", "prisma/migrate.ts", "apply"], env);
  const db = createDatabaseClient(env.DATABASE_URL);
  const user = await db.user.create({ data: { email: EMAIL, name: "Load", passwordHash: await hashPassword(PASSWORD), timeZone: "UTC" } });
  const deck = await db.deck.create({ data: { slug: "load-deck", title: "Load deck", ownerId: user.id } });
  await db.card.createMany({
    data: Array.from({ length: CARDS }, (_, i) => ({ deckId: deck.id, key: `c${i}`, kind: "basic" as const, prompt: `Q${i}`, answer: `A${i}`, position: i })),
  });
  const cardIds = (await db.card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" }, select: { id: true } })).map((card) => card.id);

  let serverOutput = "";
  const server = startBuiltApp(PORT, env, { stdio: ["ignore", "pipe", "pipe"] });
  server.stdout!.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
  try {
    await waitForServer(`${BASE}/api/health`, server);
    const cookie = await signIn();
    const busyCount = () => serverOutput.match(BUSY)?.length ?? 0;
    const scenarios: { name: string; options: Omit<autocannon.Options, "connections" | "duration"> }[] = [
      {
        name: "review POST",
        options: {
          url: `${BASE}/api/study/reviews`,
          method: "POST",
          headers: { "Content-Type": "application/json", Cookie: cookie },
          // Consecutive requests take consecutive cards, so concurrent answers rarely share one.
          requests: [
            {
              setupRequest: (request) => {
                sequence += 1;
                const body = { cardId: cardIds[sequence % CARDS], rating: 1 + (sequence % 4), idempotencyKey: `load-${process.pid}-${sequence}`, durationMs: 2000 };
                return { ...request, body: JSON.stringify(body) };
              },
            },
          ],
        },
      },
      { name: "study page GET", options: { url: `${BASE}/study/load-deck`, headers: { Cookie: cookie } } },
    ];
    await load({ ...scenarios[1]!.options, connections: 4, duration: 2 }); // warm-up: JIT, page cache
    console.log(`autocannon on loopback, ${SECONDS} s per row, WAL + synchronous=FULL + busy_timeout 5 s`);
    console.log("scenario          conns     req/s    p50 ms    p99 ms   errors  SQLITE_BUSY");
    let totalErrors = 0;
    for (const scenario of scenarios) {
      for (const connections of CONNECTIONS) {
        const busyBefore = busyCount();
        const result = await load({ ...scenario.options, connections, duration: SECONDS });
        const errors = result.non2xx + result.errors + result.timeouts;
        totalErrors += errors;
        console.log(
          `${scenario.name.padEnd(16)} ${String(connections).padStart(6)} ${(result["2xx"] / (result.duration || SECONDS)).toFixed(0).padStart(9)} ${result.latency.p50.toFixed(1).padStart(9)} ${result.latency.p99.toFixed(1).padStart(9)} ${String(errors).padStart(8)} ${String(busyCount() - busyBefore).padStart(12)}`,
        );
      }
    }
    const stored = await db.reviewLog.count();
    console.log(`${stored} review rows stored; ${totalErrors} requests not answered 2xx; ${busyCount()} SQLITE_BUSY in the server's output`);
  } finally {
    server.kill("SIGTERM");
    await db.$disconnect();
  }
}

// `npx tsx bench/load.ts` runs this one alone; `npm run bench` runs it with the others.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(ROOT, "bench/load.ts")) await benchLoad();
