import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { dropPostgresDatabase, freshPostgresUrl } from "@/scripts/postgres-databases";

/**
 * The instructor's class view for a big class (issue 15: 200 students x 80 cards, target 20 ms
 * server time on both engines) beside a bare-SQL floor, on SQLite and, when
 * KIOKU_BENCH_POSTGRES_URL (or KIOKU_TEST_POSTGRES_URL) is set, PostgreSQL; each engine gets a
 * fresh, migrated database and its own process (bench/class-view-worker.ts).
 */
interface Result {
  engine: string;
  students: number;
  cards: number;
  rows: number;
  floorRows: number;
  /** The class view after every student, 10 students, no student studied since the last view. */
  everyoneMs: number;
  tenMs: number;
  noneMs: number;
  floorMs: number;
}

function measure(databaseUrl: string): Result {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" as const };
  const step = (args: string[]) => {
    const result = spawnSync(process.execPath, args, { env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };
  step(["--import", "tsx", "prisma/migrate.ts", "apply"]);
  return JSON.parse(step(["--conditions=react-server", "--import", "tsx", "bench/class-view-worker.ts"]).trim().split("\n").at(-1)!) as Result;
}

export async function benchClassView(): Promise<void> {
  console.log("\n## Class view: 200 students x 80 cards, a deck and a 10-question quiz assignment (target <= 20 ms)");
  const outDir = path.join(process.cwd(), ".test-output", "bench");
  mkdirSync(outDir, { recursive: true });
  const sqliteFile = path.join(outDir, "class-view.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(sqliteFile + suffix, { force: true });
  const results = [measure(`file:${sqliteFile}`)];
  const postgresBase = process.env.KIOKU_BENCH_POSTGRES_URL ?? process.env.KIOKU_TEST_POSTGRES_URL;
  if (postgresBase) {
    const url = freshPostgresUrl(postgresBase, "kioku_bench_class");
    try {
      results.push(measure(url));
    } finally {
      await dropPostgresDatabase(url);
    }
  } else {
    console.log("(PostgreSQL skipped: set KIOKU_BENCH_POSTGRES_URL=postgresql://user:password@host:5432/db)");
  }
  console.log("The class view (getClassDashboard) when, since the page was last viewed, every student / 10 students / none studied;");
  console.log("the floor is the view's CardState statement for all 200 students, bare, through the engine's own driver.");
  console.log("engine         all studied   10 studied   none studied   floor (bare SQL)      10 studied / floor");
  for (const r of results) {
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      `${r.engine.padEnd(12)} ${ms(r.everyoneMs).padStart(13)} ${ms(r.tenMs).padStart(12)} ${ms(r.noneMs).padStart(14)}   ${`${r.floorMs.toFixed(1)} ms (${r.floorRows} rows)`.padStart(20)} ${(r.tenMs / r.floorMs).toFixed(2).padStart(10)}`,
    );
  }
}

// `npx tsx bench/class-view.ts` runs this benchmark alone.
if (import.meta.url === `file://${process.argv[1]}`) await benchClassView();
