import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Backups of the SQLite file. `VACUUM INTO` writes a consistent, compacted snapshot through
 * SQLite itself while the app keeps serving (a plain file copy of a WAL database can catch it
 * mid-write). Restores are checked (integrity, migrations) before they replace the live file.
 */

const BACKUP_NAME = /^kioku-(\d{8}T\d{6}Z)\.db$/;

/** `kioku-20260302T100000Z.db`: sorts by time, no colons (Windows), UTC. */
export function backupFileName(now: Date): string {
  return `kioku-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z")}.db`;
}

/** Where backups go unless KIOKU_BACKUP_DIR says otherwise: `backups/` beside the database (data/backups). */
export function backupDirFor(databaseFile: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.KIOKU_BACKUP_DIR ? path.resolve(env.KIOKU_BACKUP_DIR) : path.join(path.dirname(databaseFile), "backups");
}

export function createBackup(databaseFile: string, backupDir: string, now: Date): string {
  mkdirSync(backupDir, { recursive: true });
  const target = path.join(backupDir, backupFileName(now));
  // Written under a temporary name and renamed, so a crash never leaves a half backup that looks whole.
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(databaseFile, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    source.prepare("VACUUM INTO ?").run(partial);
  } finally {
    source.close();
  }
  renameSync(partial, target);
  return target;
}

/** Backups in `dir`, newest first. */
export function listBackups(dir: string): { file: string; takenAt: Date }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, match: BACKUP_NAME.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => {
      const t = match[1]!;
      const iso = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}Z`;
      return { file: path.join(dir, name), takenAt: new Date(iso) };
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** Deletes all but the `keep` newest backups; returns the deleted files. */
export function pruneBackups(dir: string, keep: number): string[] {
  const stale = listBackups(dir).slice(Math.max(0, keep));
  for (const { file } of stale) rmSync(file, { force: true });
  return stale.map(({ file }) => file);
}

export type BackupProblem = { ok: false; message: string };

/**
 * Whether `file` is a whole Kioku database this code can run: SQLite's own integrity check
 * passes, and its migrations all finished and are all known to this version of the app (a
 * backup from a newer version would be missing code for its schema).
 */
export function checkBackup(file: string, migrationsDir: string): { ok: true; migrations: number } | BackupProblem {
  if (!existsSync(file) || !statSync(file).isFile()) return { ok: false, message: `${file} does not exist.` };
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = sqlite.pragma("integrity_check") as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== "ok") {
      return { ok: false, message: `${file} fails SQLite's integrity check: ${integrity.map((row) => row.integrity_check).slice(0, 3).join("; ")}` };
    }
    const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!hasTable) return { ok: false, message: `${file} is a SQLite file but not a Kioku database (it has no migrations table).` };
    const rows = sqlite.prepare("SELECT migration_name AS name, finished_at AS finished, rolled_back_at AS rolledBack FROM _prisma_migrations").all() as {
      name: string;
      finished: string | null;
      rolledBack: string | null;
    }[];
    const unfinished = rows.filter((row) => row.finished === null && row.rolledBack === null);
    if (unfinished.length) return { ok: false, message: `${file} has a migration that never finished: ${unfinished[0]!.name}.` };
    const known = new Set(readdirSync(migrationsDir).filter((name) => statSync(path.join(migrationsDir, name)).isDirectory()));
    const unknown = rows.filter((row) => row.rolledBack === null && !known.has(row.name));
    if (unknown.length) return { ok: false, message: `${file} comes from a newer Kioku (unknown migration ${unknown[0]!.name}); update the app first.` };
    return { ok: true, migrations: rows.length };
  } catch (error) {
    return { ok: false, message: `${file} is not a readable SQLite database (${error instanceof Error ? error.message : String(error)}).` };
  } finally {
    sqlite?.close();
  }
}

/**
 * Each serving process leaves `<db>.server-<pid>` beside the database (see instrumentation.ts).
 * Restoring under a running server would let it keep writing through its open handle to the
 * replaced file, so restores are refused while one of those processes is alive.
 */
export function serverMarker(databaseFile: string, pid: number = process.pid): string {
  return `${databaseFile}.server-${pid}`;
}

export function markServing(databaseFile: string): () => void {
  const marker = serverMarker(databaseFile);
  writeFileSync(marker, `${process.pid}\n`);
  return () => rmSync(marker, { force: true });
}

export function runningServers(databaseFile: string): number[] {
  const dir = path.dirname(databaseFile);
  const prefix = `${path.basename(databaseFile)}.server-`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .map((name) => Number(readFileSync(path.join(dir, name), "utf8").trim() || name.slice(prefix.length)))
    .filter((pid) => Number.isInteger(pid) && pid > 0 && isAlive(pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; still a live process.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Replaces the live database with a checked backup. The live file is first checkpointed (so
 * its WAL is folded in) and kept as `<db>.bak`; the backup is copied beside it and renamed
 * into place, so the live path never holds a partial file.
 */
export function restoreBackup(backupFile: string, databaseFile: string, migrationsDir: string): { ok: true; previous: string | null } | BackupProblem {
  const checked = checkBackup(backupFile, migrationsDir);
  if (!checked.ok) return checked;
  const servers = runningServers(databaseFile);
  if (servers.length) {
    return {
      ok: false,
      message: `Kioku is running on this database (process ${servers.join(", ")}). Stop it first: a running server keeps writing to the file it opened, and those writes would be lost or mixed with the restored data.`,
    };
  }
  let previous: string | null = null;
  if (existsSync(databaseFile)) {
    const live = new Database(databaseFile, { fileMustExist: true });
    try {
      live.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      live.close();
    }
    previous = `${databaseFile}.bak`;
    renameSync(databaseFile, previous);
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(databaseFile + suffix, { force: true });
  const incoming = `${databaseFile}.restoring`;
  copyFileSync(backupFile, incoming);
  renameSync(incoming, databaseFile);
  return { ok: true, previous };
}
