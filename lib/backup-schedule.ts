import path from "node:path";
import { backupDirFor, createBackup, listBackups, markServing, pruneBackups } from "./backup";
import { databaseEngineOf, readDatabaseUrl, sqliteFilePath } from "./config";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the server looks whether a day has passed since the newest backup. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface BackupSchedule {
  databaseFile: string;
  dir: string;
  /** Backups kept; older ones are deleted after each new one. */
  keep: number;
}

export function backupScheduleFromEnv(env: NodeJS.ProcessEnv = process.env): BackupSchedule | null {
  if (env.KIOKU_BACKUPS === "off") return null;
  const url = readDatabaseUrl(env);
  // These are snapshots of the SQLite file. A PostgreSQL server is backed up by its own tools
  // (pg_dump, base backups + WAL archiving, or the provider's), not by each app instance.
  if (databaseEngineOf(url) !== "sqlite") return null;
  const databaseFile = sqliteFilePath(url);
  const keep = Number(env.KIOKU_BACKUP_KEEP ?? 7);
  return { databaseFile, dir: backupDirFor(databaseFile, env), keep: Number.isInteger(keep) && keep > 0 ? keep : 7 };
}

/** Takes a backup if the newest one is a day old or missing, then prunes; returns the new file, if any. */
export function runDailyBackup(schedule: BackupSchedule, now: Date): string | null {
  const newest = listBackups(schedule.dir)[0];
  if (newest && now.getTime() - newest.takenAt.getTime() < DAY_MS) return null;
  const file = createBackup(schedule.databaseFile, schedule.dir, now);
  pruneBackups(schedule.dir, schedule.keep);
  return file;
}

/**
 * Started once per server process from instrumentation.ts: marks the database as served (so
 * `db:restore` refuses), then backs up daily. A failed backup is logged, never fatal.
 */
export function startDailyBackups(): void {
  const schedule = backupScheduleFromEnv();
  if (!schedule) return;
  // Next exits through process.exit after its own signal handling; a kill -9 leaves the marker,
  // which restore ignores once that process is gone.
  process.once("exit", markServing(schedule.databaseFile));
  const tick = () => {
    try {
      const file = runDailyBackup(schedule, new Date());
      if (file) console.log(`[backup] wrote ${path.relative(process.cwd(), file)}`);
    } catch (error) {
      console.error("[backup] daily backup failed:", error);
    }
  };
  setTimeout(tick, 5_000).unref();
  setInterval(tick, CHECK_EVERY_MS).unref();
}
