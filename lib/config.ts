import path from "node:path";
import { z } from "zod";

/**
 * The project folder. npm runs every script there and `next start` serves from there; the
 * bundled server has no stable import.meta.url to derive it from, so the cwd is the contract.
 */
export const PROJECT_ROOT = process.cwd();

export const DEFAULT_DATABASE_URL = "file:./data/kioku.db";

export type DatabaseEngine = "sqlite" | "postgresql";

/** The engine a DATABASE_URL names, or null for anything else. */
export function databaseEngineOf(url: string): DatabaseEngine | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

const databaseUrlSchema = z
  .string()
  .trim()
  .min(1)
  .refine((url) => databaseEngineOf(url) !== null, {
    message: "DATABASE_URL must be a SQLite file URL such as file:./data/kioku.db or a postgresql:// URL",
  });

/** DATABASE_URL from the environment (or the default), validated. */
export function readDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = databaseUrlSchema.safeParse(env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  if (!parsed.success) {
    throw new Error(`Invalid DATABASE_URL: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  }
  return parsed.data;
}

/** Absolute path of the SQLite file a `file:` URL names, relative paths taken from the project root. */
export function sqliteFilePath(databaseUrl: string): string {
  // SQLite-only tools (db:backup, db:restore) must not turn a PostgreSQL URL into a file name.
  if (databaseEngineOf(databaseUrl) !== "sqlite") {
    throw new Error("DATABASE_URL names a PostgreSQL database; this works on SQLite files only (back PostgreSQL up with pg_dump)");
  }
  const file = databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ PROJECT_ROOT, file);
}
