import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { dropPostgresDatabase, freshPostgresUrl } from "@/scripts/postgres-databases";

/**
 * SQLite and PostgreSQL side by side on the same data and the same code (bench/engines-worker.ts
 * in a process per engine): the review path and the class dashboard. PostgreSQL runs when
 * KIOKU_BENCH_POSTGRES_URL (or KIOKU_TEST_POSTGRES_URL) names a server whose role may create
 * databases; each engine gets a fresh, migrated database.
 */
interface EngineResult {
  engine: string;
  sequentialMs: number;
  concurrentPerSecond: number;
  dashboardMs: number;
  planner: { default4: { plan: string; ms: number }; tuned: { plan: string; ms: number } } | null;
}

function measure(databaseUrl: string): EngineResult {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" as const };
  const step = (args: string[]) => {
    const result = spawnSync(process.execPath, args, { env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };
  step(["--import", "tsx", "prisma/migrate.ts", "apply"]);
  const out = step(["--conditions=react-server", "--import", "tsx", "bench/engines-worker.ts"]);
  return JSON.parse(out.trim().split("\n").at(-1)!) as EngineResult;
}

export async function benchEngines(): Promise<void> {
  console.log("\n## SQLite and PostgreSQL side by side (in-process, same data, same code)");
  const outDir = path.join(process.cwd(), ".test-output", "bench");
  mkdirSync(outDir, { recursive: true });
  const sqliteFile = path.join(outDir, "engines.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(sqliteFile + suffix, { force: true });
  const results = [measure(`file:${sqliteFile}`)];
  const postgresBase = process.env.KIOKU_BENCH_POSTGRES_URL ?? process.env.KIOKU_TEST_POSTGRES_URL;
  if (postgresBase) {
    const url = freshPostgresUrl(postgresBase, "kioku_bench");
    try {
      results.push(measure(url));
    } finally {
      await dropPostgresDatabase(url);
    }
  } else {
    console.log("(PostgreSQL skipped: set KIOKU_BENCH_POSTGRES_URL=postgresql://user:password@host:5432/db)");
  }
  console.log("engine       review, 1 at a time   reviews/s, 8 at once   class dashboard (30 of 120 students, 80 cards)");
  for (const r of results) {
    console.log(`${r.engine.padEnd(12)} ${`${r.sequentialMs.toFixed(2)} ms`.padStart(20)} ${r.concurrentPerSecond.toFixed(0).padStart(22)} ${`${r.dashboardMs.toFixed(1)} ms`.padStart(12)}`);
  }
  for (const r of results) {
    if (!r.planner) continue;
    console.log(`PostgreSQL planner, the dashboard's CardState read: random_page_cost=4 -> ${r.planner.default4.plan}, ${r.planner.default4.ms.toFixed(2)} ms; 1.1 (set by db:migrate) -> ${r.planner.tuned.plan}, ${r.planner.tuned.ms.toFixed(2)} ms`);
  }
}

// `npx tsx bench/engines.ts` runs this benchmark alone.
if (import.meta.url === `file://${process.argv[1]}`) await benchEngines();
