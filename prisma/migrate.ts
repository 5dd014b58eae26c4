// Migration runner: `apply`, `create <name>` and `status` on top of @prisma/schema-engine-wasm,
// because the Prisma CLI's native schema engine is a download that offline and firewalled
// machines cannot make. The migration folders it reads and writes are the CLI's own format.
import { existsSync } from "node:fs";
import path from "node:path";
import {
  applyCommand,
  checkCommand,
  createCommand,
  missingDatabaseStatus,
  statusCommand,
  type ExitCode,
} from "./migration-engine/commands";
import { DEFAULT_DATABASE_URL, resolveDatabase, type DatabaseTarget } from "./migration-engine/database";
import { describeError, MigrationError } from "./migration-engine/errors";
import { withSession, type Paths } from "./migration-engine/session";
import { writePostgresqlSchema } from "./postgresql-schema";

const USAGE = "usage: tsx prisma/migrate.ts apply | create <name> | status | check";
// Becomes part of a folder name that must sort and read the same on every file system.
const MIGRATION_NAME = /^[a-z0-9_]+$/;

async function main(argv: string[]): Promise<ExitCode> {
  const [command, ...rest] = argv;
  const projectRoot = findProjectRoot(import.meta.dirname);
  const print = (line: string) => console.log(line);

  switch (command) {
    case "apply": {
      expectAtMost(rest, 0);
      const target = resolveDatabase(databaseUrl(), projectRoot);
      print(`Database: ${target.description}`);
      const code = await withSession(pathsFor(target, projectRoot), target, (session) => applyCommand(session, print));
      await target.finish();
      return code;
    }
    case "create": {
      expectAtMost(rest, 1);
      const name = validateMigrationName(rest[0]);
      const target = resolveDatabase(databaseUrl(), projectRoot);
      print(`Database: ${target.description}`);
      const code = await withSession(pathsFor(target, projectRoot), target, (session) => createCommand(session, name, print));
      await target.finish();
      return code;
    }
    case "status": {
      expectAtMost(rest, 0);
      const target = resolveDatabase(databaseUrl(), projectRoot);
      const paths = pathsFor(target, projectRoot);
      // Opening a missing SQLite file would create it; status must not change anything.
      if (!target.exists()) return missingDatabaseStatus(paths.migrationsDir, target, print);
      return withSession(paths, target, (session) => statusCommand(session, print));
    }
    case "check": {
      expectAtMost(rest, 0);
      const target = resolveDatabase(databaseUrl(), projectRoot);
      return withSession(pathsFor(target, projectRoot), target, (session) => checkCommand(session, print));
    }
    default:
      throw new MigrationError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  }
}

/**
 * One history per engine, both from prisma/schema.prisma: SQLite's in prisma/migrations, and
 * PostgreSQL's in prisma/migrations-postgresql against the derived schema (prisma/postgresql-schema.ts).
 */
function pathsFor(target: DatabaseTarget, projectRoot: string): Paths {
  if (target.provider === "postgresql") {
    return { schemaPath: writePostgresqlSchema().path, migrationsDir: path.join(projectRoot, "prisma", "migrations-postgresql") };
  }
  return { schemaPath: path.join(projectRoot, "prisma", "schema.prisma"), migrationsDir: path.join(projectRoot, "prisma", "migrations") };
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

function validateMigrationName(name: string | undefined): string {
  if (name === undefined || !MIGRATION_NAME.test(name)) {
    throw new MigrationError(
      `migration name ${name === undefined ? "is missing" : `"${name}" is invalid`}: use lowercase letters, digits and underscores, e.g. add_deck_tags`,
    );
  }
  return name;
}

function expectAtMost(args: string[], max: number): void {
  if (args.length > max) throw new MigrationError(`too many arguments; ${USAGE}`);
}

/** The folder holding package.json, so relative paths mean the same thing from any cwd. */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new MigrationError(`no package.json found above ${start}`);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${describeError(error)}`);
  process.exitCode = 1;
}
// The wasm engine leaves a timer of about 10 s behind (a finished operation's timeout) that
// engine.free() does not clear; every connection is closed by now, so nothing is lost by leaving.
process.exit();
