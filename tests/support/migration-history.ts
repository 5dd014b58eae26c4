import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/**
 * One engine's migration scripts (`folder`: "migrations" or "migrations-postgresql"), in order,
 * split at the migration whose name ends with `suffix`: what an older installation had applied,
 * and that migration. For tests of a migration on a database that already holds rows.
 */
export function migrationHistory(folder: string, suffix: string): { before: string[]; migration: string } {
  const dir = path.join(projectRoot, "prisma", folder);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const at = names.findIndex((name) => name.endsWith(suffix));
  if (at <= 0) throw new Error(`No migration ending with ${suffix} after the first in prisma/${folder}.`);
  const script = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");
  return { before: names.slice(0, at).map(script), migration: script(names[at]!) };
}
