import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dropPostgresDatabase, freshPostgresUrl } from "../scripts/postgres-databases";
import { startBuiltApp, waitForServer } from "../scripts/serve-built-app";
import { assertPortFree, CONNECTIONS, emptyRequestRate, measure, prepareDatabase, signIn, stop, type Target } from "./review-throughput";

/**
 * One review over HTTP on PostgreSQL: the app's answer path (the same build, `next start` on a
 * fresh PostgreSQL database: session, authorization, lib/postgres's read query and one-statement
 * write) against a floor of bare node:http + node-postgres doing the same transaction the cheapest
 * way (bench/review-floor-pg-server.ts), measured as the SQLite pair in review-throughput.ts and
 * printed beside its ratio. Needs KIOKU_BENCH_POSTGRES_URL (or KIOKU_TEST_POSTGRES_URL): a server
 * where that role may create databases.
 */

const ROOT = process.cwd();
const APP_PORT = Number(process.env.KIOKU_BENCH_PORT ?? 3941) + 2;
const FLOOR_PORT = APP_PORT + 1;
/** The PostgreSQL target: the app's answer path at half the floor's rate or better, at 8 connections. */
const TARGET = 0.5;

export async function benchPostgresAnswers(env: NodeJS.ProcessEnv, sqliteAt8: number): Promise<void> {
  console.log("\n## One review over HTTP on PostgreSQL: the app vs a bare node-postgres floor");
  const base = process.env.KIOKU_BENCH_POSTGRES_URL ?? process.env.KIOKU_TEST_POSTGRES_URL;
  if (!base) {
    console.log("skipped: set KIOKU_BENCH_POSTGRES_URL to a PostgreSQL server where the role may create databases");
    return;
  }
  const appUrl = freshPostgresUrl(base, "kioku_bench_app");
  const floorUrl = freshPostgresUrl(base, "kioku_bench_floor");
  const app = await prepareDatabase(appUrl);
  const floor = await prepareDatabase(floorUrl);
  let appServer: ChildProcess | null = null;
  let floorServer: ChildProcess | null = null;
  await assertPortFree(APP_PORT);
  await assertPortFree(FLOOR_PORT);
  try {
    appServer = startBuiltApp(APP_PORT, { ...env, DATABASE_URL: appUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), KIOKU_DEMO_ACCOUNTS: "off", KIOKU_BACKUPS: "off" });
    floorServer = spawn(process.execPath, ["--import", "tsx", "bench/review-floor-pg-server.ts"], {
      cwd: ROOT,
      env: { ...process.env, FLOOR_PG_URL: floorUrl, FLOOR_USER: floor.userId, FLOOR_DECK: floor.deckId, PORT: String(FLOOR_PORT) },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const appBase = `http://127.0.0.1:${APP_PORT}`;
    await Promise.all([waitForServer(`${appBase}/api/health`, appServer), waitForServer(`http://127.0.0.1:${FLOOR_PORT}/health`, floorServer)]);
    const cookie = await signIn(appBase);
    const targets: Target[] = [
      { name: "floor", url: `http://127.0.0.1:${FLOOR_PORT}/review`, headers: {}, cardIds: floor.cardIds, countReviews: () => floor.db.reviewLog.count() },
      { name: "app", url: `${appBase}/api/study/reviews`, headers: { Cookie: cookie }, cardIds: app.cardIds, countReviews: () => app.db.reviewLog.count() },
    ];
    const results = await measure(targets);
    console.log("autocannon on loopback, best of the turns as above; both use a pool of 10 connections to the same server");
    console.log("conns   floor rev/s  floor p99     app rev/s   app p99    app/floor");
    for (const [index, connections] of CONNECTIONS.entries()) {
      const f = results.get("floor")![index]!;
      const a = results.get("app")![index]!;
      console.log(
        `${String(connections).padStart(5)} ${f.perSecond.toFixed(0).padStart(12)} ${`${f.p99.toFixed(1)} ms`.padStart(10)} ${a.perSecond.toFixed(0).padStart(13)} ${`${a.p99.toFixed(1)} ms`.padStart(9)} ${(a.perSecond / f.perSecond).toFixed(2).padStart(12)}`,
      );
    }
    const failed = (name: string) => results.get(name)!.reduce((sum, row) => sum + row.failed, 0);
    console.log(`floor: ${await targets[0]!.countReviews()} review rows stored, ${failed("floor")} requests not answered 2xx`);
    console.log(`app: ${await targets[1]!.countReviews()} review rows stored, ${failed("app")} requests not answered 2xx`);
    const at8 = CONNECTIONS.indexOf(8);
    const floorAt8 = results.get("floor")![at8]!.perSecond;
    const postgresAt8 = results.get("app")![at8]!.perSecond / floorAt8;
    // The most any route handler of this app reaches here: GET /api/health (one `SELECT 1` through
    // Prisma, on the same PostgreSQL) at 8 connections, against the same floor.
    const health = await emptyRequestRate(`${appBase}/api/health`, 8);
    const healthPerSecond = health["2xx"] / (health.duration || 1);
    console.log(
      `app GET /api/health at 8 connections (a route handler and one SELECT 1): ${healthPerSecond.toFixed(0)} requests/s, ${(healthPerSecond / floorAt8).toFixed(2)} of the floor's answers/s`,
    );
    console.log(
      `app/floor at 8 connections: SQLite ${sqliteAt8.toFixed(2)}, PostgreSQL ${postgresAt8.toFixed(2)} (PostgreSQL target ≥ ${TARGET}): ${postgresAt8 >= TARGET ? "met" : "NOT met"}`,
    );
  } finally {
    await stop(appServer);
    await stop(floorServer);
    await Promise.all([app.db.$disconnect(), floor.db.$disconnect()]);
    await Promise.all([dropPostgresDatabase(appUrl), dropPostgresDatabase(floorUrl)]);
  }
}
