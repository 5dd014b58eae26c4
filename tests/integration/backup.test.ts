import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { checkBackup, createBackup, listBackups, markServing, pruneBackups, restoreBackup, runningServers } from "@/lib/backup";
import { runDailyBackup } from "@/lib/backup-schedule";
import { sqliteFilePath } from "@/lib/config";
import { databaseEngine, db } from "@/lib/db";
import { createTestUser } from "./fixtures";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const LIVE = databaseEngine === "sqlite" ? sqliteFilePath(process.env.DATABASE_URL!) : "";
const NOW = new Date("2026-03-02T10:00:00Z");
const work = mkdtempSync(path.join(os.tmpdir(), "kioku-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const count = (file: string, table: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
};

// Backups are snapshots of the SQLite file; on PostgreSQL the server's own tools take them.
describe.skipIf(databaseEngine !== "sqlite")("backups", () => {
  it("snapshot the live database while it is open and in use, and the snapshot checks out", async () => {
    await createTestUser("Backed Up");
    const dir = path.join(work, "snap");
    const file = createBackup(LIVE, dir, NOW);
    expect(path.basename(file)).toBe("kioku-20260302T100000Z.db");
    expect(checkBackup(file, MIGRATIONS)).toMatchObject({ ok: true });
    expect(count(file, "User")).toBe(await db.user.count());
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it("the daily job takes one a day and keeps the newest 7", () => {
    const schedule = { databaseFile: LIVE, dir: path.join(work, "daily"), keep: 7 };
    const taken: string[] = [];
    for (let day = 0; day < 10; day++) {
      const morning = new Date(NOW.getTime() + day * 86_400_000);
      const first = runDailyBackup(schedule, morning);
      expect(first).not.toBeNull();
      taken.push(first!);
      expect(runDailyBackup(schedule, new Date(morning.getTime() + 3_600_000))).toBeNull();
    }
    expect(listBackups(schedule.dir).map((b) => b.file)).toEqual(taken.slice(-7).reverse());
    expect(pruneBackups(schedule.dir, 2)).toHaveLength(5);
  });

  it("refuses a corrupt file, a non-Kioku file and a backup from a newer version", () => {
    const garbage = path.join(work, "garbage.db");
    writeFileSync(garbage, Buffer.alloc(8192, 7));
    expect(checkBackup(garbage, MIGRATIONS)).toMatchObject({ ok: false, message: expect.stringContaining("not a readable SQLite database") });

    const truncated = path.join(work, "truncated.db");
    const whole = createBackup(LIVE, path.join(work, "whole"), NOW);
    const bytes = readFileSync(whole);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(checkBackup(truncated, MIGRATIONS).ok).toBe(false);

    const plain = path.join(work, "plain.db");
    new Database(plain).exec("CREATE TABLE t (x)").close();
    expect(checkBackup(plain, MIGRATIONS)).toMatchObject({ ok: false, message: expect.stringContaining("no migrations table") });

    const newer = createBackup(LIVE, path.join(work, "newer"), NOW);
    const sqlite = new Database(newer);
    sqlite
      .prepare("INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('x', 'x', CURRENT_TIMESTAMP, '29990101000000_future', 1)")
      .run();
    sqlite.close();
    expect(checkBackup(newer, MIGRATIONS)).toMatchObject({ ok: false, message: expect.stringContaining("newer Kioku") });
  });

  it("restores over a stopped database, keeping the previous one as .bak", () => {
    const target = path.join(work, "restore", "kioku.db");
    const older = createBackup(LIVE, path.join(work, "restore-src"), NOW);
    const usersThen = count(older, "User");
    // The "live" file: a newer copy with one more user, and an open WAL.
    createBackup(LIVE, path.join(work, "restore"), NOW);
    const seeded = path.join(work, "restore", "kioku-20260302T100000Z.db");
    const live = new Database(seeded);
    live.pragma("journal_mode = WAL");
    live.prepare(`INSERT INTO "User" (id, email, name, "passwordHash", role, "timeZone", "sessionVersion", "createdAt") VALUES ('later', 'later@test', 'L', 'x', 'student', 'UTC', 0, 0)`).run();
    live.close();
    renameSync(seeded, target);

    const restored = restoreBackup(older, target, MIGRATIONS);
    expect(restored).toEqual({ ok: true, previous: `${target}.bak` });
    expect(count(target, "User")).toBe(usersThen);
    expect(count(`${target}.bak`, "User")).toBe(usersThen + 1);
    expect(checkBackup(target, MIGRATIONS).ok).toBe(true);
  });

  it("refuses while a server process is serving that database, and not after it is gone", async () => {
    const target = path.join(work, "served", "kioku.db");
    createBackup(LIVE, path.join(work, "served"), NOW);
    const backup = listBackups(path.join(work, "served"))[0]!.file;
    copyFileSync(backup, target);

    const unmark = markServing(target);
    expect(runningServers(target)).toEqual([process.pid]);
    expect(restoreBackup(backup, target, MIGRATIONS)).toMatchObject({ ok: false, message: expect.stringContaining("Stop it first") });
    unmark();

    // A server killed with -9 leaves its marker; a dead process does not block a restore.
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    writeFileSync(`${target}.server-${child.pid}`, `${child.pid}\n`);
    expect(runningServers(target)).toEqual([child.pid]);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(runningServers(target)).toEqual([]);
    expect(restoreBackup(backup, target, MIGRATIONS)).toMatchObject({ ok: true });
  });
});
