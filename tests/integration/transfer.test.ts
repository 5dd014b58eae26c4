import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { dropPostgresDatabase, freshPostgresUrl } from "@/scripts/postgres-databases";

/**
 * `db:export` / `db:import` on real processes: an installation made through the app's own write
 * paths goes SQLite -> PostgreSQL (when a server is configured; else SQLite -> SQLite) -> SQLite,
 * each import checking counts and replaying every card's log, and the rows come back identical.
 */
const root = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(os.tmpdir(), "kioku-transfer-"));
const postgresBase = process.env.KIOKU_TEST_POSTGRES_URL;
const middle = postgresBase ? freshPostgresUrl(postgresBase, "kioku_transfer") : `file:${path.join(work, "middle.db")}`;
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  if (postgresBase) await dropPostgresDatabase(middle);
});

function run(args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

const rowsOf = (file: string) => readFileSync(file, "utf8").split("\n").filter((line) => line.startsWith('{"kind":"row"'));

describe("moving an installation between engines", () => {
  it(`carries every row SQLite -> ${postgresBase ? "PostgreSQL" : "SQLite"} -> SQLite, verified by counts and by replaying every card's log`, () => {
    const source = `file:${path.join(work, "source.db")}`;
    const back = `file:${path.join(work, "back.db")}`;
    for (const url of [source, middle, back]) expect(run(["prisma/migrate.ts", "apply"], url).status).toBe(0);
    const populated = run(["tests/support/populate-installation.ts"], source);
    expect(populated.status, populated.out).toBe(0);

    const files = ["a", "b", "c"].map((name) => path.join(work, `${name}.jsonl`));
    expect(run(["scripts/db-export.ts", files[0]!], source).status).toBe(0);
    const intoMiddle = run(["scripts/db-import.ts", files[0]!], middle);
    expect(intoMiddle.out).toContain("Import verified.");
    expect(intoMiddle.out).toMatch(/ReviewLog\s+72 ok/); // 3 students x 4 days x 6 cards
    expect(intoMiddle.out).toContain("18 card states recomputed");
    expect(intoMiddle.status).toBe(0);

    expect(run(["scripts/db-export.ts", files[1]!], middle).status).toBe(0);
    const intoBack = run(["scripts/db-import.ts", files[1]!], back);
    expect(intoBack.status, intoBack.out).toBe(0);
    expect(run(["scripts/db-export.ts", files[2]!], back).status).toBe(0);
    expect(rowsOf(files[1]!)).toEqual(rowsOf(files[0]!));
    expect(rowsOf(files[2]!)).toEqual(rowsOf(files[0]!));
    // The class read stamps and review due counts are left out of an export; the import's inserts make them again.
    expect(readFileSync(files[0]!, "utf8")).not.toContain("Stamp");
    expect(readFileSync(files[0]!, "utf8")).not.toContain("ReviewDueCount");
    const imported = new Database(path.join(work, "back.db"), { readonly: true });
    const count = (sql: string) => (imported.prepare(sql).pluck().get() as number);
    expect(count(`SELECT count(*) FROM "CardStateStamp"`)).toBe(count(`SELECT count(*) FROM (SELECT DISTINCT "deckId", "userId" FROM "CardState")`));
    expect(count(`SELECT count(*) FROM "CardStateStamp"`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM "QuizAttemptStamp"`)).toBe(count(`SELECT count(*) FROM (SELECT DISTINCT "quizId", "userId" FROM "QuizAttempt")`));
    const rows = (sql: string) => imported.prepare(sql).raw(true).all();
    const dueCounts = rows(`SELECT "userId", "bucket", "count" FROM "ReviewDueCount" ORDER BY 1, 2`);
    expect(dueCounts.length).toBeGreaterThan(0);
    expect(dueCounts).toEqual(rows(`SELECT "userId", unixepoch("due") / 900, count(*) FROM "CardState" WHERE "phase" = 'review' AND NOT "suspended" GROUP BY 1, 2 ORDER BY 1, 2`));
    imported.close();

    // A second import into a database that already holds data is refused, changing nothing.
    const again = run(["scripts/db-import.ts", files[0]!], back);
    expect(again.status).toBe(1);
    expect(again.out).toContain("already holds");
  });

  it("refuses a state that its review log does not replay to", () => {
    const file = path.join(work, "a.jsonl");
    const lines = readFileSync(file, "utf8").split("\n");
    const index = lines.findIndex((line) => line.startsWith('{"kind":"row","table":"CardState"'));
    const tampered = lines.with(index, lines[index]!.replace(/"reps":(\d+)/, (_m, reps: string) => `"reps":${Number(reps) + 1}`));
    const tamperedFile = path.join(work, "tampered.jsonl");
    writeFileSync(tamperedFile, tampered.join("\n"));
    const target = `file:${path.join(work, "tampered.db")}`;
    expect(run(["prisma/migrate.ts", "apply"], target).status).toBe(0);
    const result = run(["scripts/db-import.ts", tamperedFile], target);
    expect(result.status).toBe(1);
    expect(result.out).toContain("differs from its replayed review log");
  });
});
