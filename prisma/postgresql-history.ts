// Rebuilds prisma/migrations-postgresql as ONE init migration from the current prisma/schema.prisma,
// on a throwaway database of the server DATABASE_URL names (the role needs CREATEDB). Right only
// while no PostgreSQL installation exists yet; after a release, add migrations with
// `npm run db:new-migration -- <name>` instead. Usage:
//   DATABASE_URL=postgresql://kioku:kioku@127.0.0.1:5432/kioku npm run db:postgresql-init
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { dropPostgresDatabase, freshPostgresUrl, isPostgresUrl } from "../scripts/postgres-databases";

const base = process.env.DATABASE_URL;
if (!isPostgresUrl(base)) {
  console.error("error: set DATABASE_URL to a postgresql:// URL whose role may create databases");
  process.exit(1);
}
const scratch = freshPostgresUrl(base, "kioku_history");
rmSync(path.join(import.meta.dirname, "migrations-postgresql"), { recursive: true, force: true });
try {
  const result = spawnSync("npx", ["tsx", "prisma/migrate.ts", "create", "init"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: scratch } });
  process.exitCode = result.status ?? 1;
} finally {
  await dropPostgresDatabase(scratch);
}
