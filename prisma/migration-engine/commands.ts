import path from "node:path";
import type {
  DiagnoseMigrationHistoryOutput,
  HistoryDiagnostic,
  MigrationList,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DatabaseTarget } from "./database";
import { errorCode, MigrationError } from "./errors";
import { migrationNames, readMigrationsList, writeMigration } from "./migrations-dir";
import { NO_FILTERS, type Session } from "./session";

/** What a command tells the process: 0 when all is well, 1 when the database needs attention. */
export type ExitCode = 0 | 1;

type Print = (line: string) => void;

export async function applyCommand(session: Session, print: Print): Promise<ExitCode> {
  printApplied(await applyPending(session), print);
  return 0;
}

/** The order of `prisma migrate dev`: catch up, check the history, diff, write, apply. */
export async function createCommand(session: Session, name: string, print: Print): Promise<ExitCode> {
  const { engine } = session;
  printApplied(await applyPending(session), print, { quietWhenNone: true });

  const migrationsList = await readMigrationsList(session.migrationsDir);
  const { action } = await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
  if (action.tag === "reset") {
    // `prisma migrate dev` would offer to wipe the database; a script must never do that. The
    // reason can be a multi-line drift report, worth showing in full before the error line.
    print(action.reason.trim());
    throw new MigrationError("the database does not match the migration history (see above); reset it by hand, then retry");
  }

  const schema = { files: session.schemaFiles };
  const loss = await engine.evaluateDataLoss({ migrationsList, schema, filters: NO_FILTERS });
  if (loss.unexecutableSteps.length > 0) {
    throw new MigrationError(`the migration cannot run on this database: ${loss.unexecutableSteps.map((s) => s.message).join("; ")}`);
  }
  for (const warning of loss.warnings) print(`warning: ${warning.message}`);

  const created = await engine.createMigration({
    draft: false,
    migrationName: name,
    migrationsList,
    schema,
    filters: NO_FILTERS,
  });
  if (created.migrationScript === null) {
    print("No changes: the schema matches the migrations; nothing written.");
    return 0;
  }
  const file = await writeMigration(
    session.migrationsDir,
    created.generatedMigrationName,
    created.migrationScript,
    created.connectorType,
  );
  print(`Created ${file}`);
  printApplied(await applyPending(session), print);
  return 0;
}

export async function statusCommand(session: Session, print: Print): Promise<ExitCode> {
  const migrationsList = await readMigrationsList(session.migrationsDir);
  const local = migrationNames(migrationsList);
  const diagnosis = await diagnose(session, migrationsList);
  const pending = pendingNames(diagnosis.history);
  const failed = diagnosis.failedMigrationNames;
  const applied = local.filter((name) => !pending.includes(name) && !failed.includes(name));

  print(`Database: ${session.target.description}`);
  print(`Applied (${applied.length}): ${applied.join(", ") || "none"}`);
  print(`Pending (${pending.length}): ${pending.join(", ") || "none"}`);
  for (const name of failed) print(`Failed: ${name}`);
  for (const name of diagnosis.editedMigrationNames) print(`Edited after being applied: ${name}`);
  const unknown = unknownNames(diagnosis.history);
  if (unknown.length > 0) print(`Applied but missing from ${path.relative(process.cwd(), session.migrationsDir) || session.migrationsDir}: ${unknown.join(", ")}`);

  const healthy =
    diagnosis.history === null &&
    failed.length === 0 &&
    diagnosis.editedMigrationNames.length === 0;
  print(healthy ? "Database schema is up to date." : "Database schema is not up to date.");
  // Like `prisma migrate status`: a non-zero exit lets CI and start scripts refuse a stale database.
  return healthy ? 0 : 1;
}

export async function missingDatabaseStatus(
  migrationsDir: string,
  target: DatabaseTarget,
  print: Print,
): Promise<ExitCode> {
  const pending = migrationNames(await readMigrationsList(migrationsDir));
  print(`Database: ${target.description} (does not exist yet)`);
  print(`Pending (${pending.length}): ${pending.join(", ") || "none"}`);
  print("Run `npm run db:migrate` to create it.");
  return pending.length === 0 ? 0 : 1;
}

async function diagnose(session: Session, migrationsList: MigrationList): Promise<DiagnoseMigrationHistoryOutput> {
  try {
    return await session.engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS });
  } catch (error) {
    // The wasm engine reports a missing `_prisma_migrations` as an error (P1014) where the
    // native one answers `hasMigrationsTable: false`; either way nothing has been applied.
    if (!isMissingMigrationsTable(error)) throw error;
    const unappliedMigrationNames = migrationNames(migrationsList);
    return {
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: false,
      history: unappliedMigrationNames.length === 0 ? null : { diagnostic: "databaseIsBehind", unappliedMigrationNames },
    };
  }
}

function isMissingMigrationsTable(error: unknown): boolean {
  return error instanceof Error && errorCode(error) === "P1014" && error.message.includes("_prisma_migrations");
}

async function applyPending(session: Session): Promise<string[]> {
  // Re-read every time: `create` adds a directory between two applies.
  const migrationsList = await readMigrationsList(session.migrationsDir);
  const { appliedMigrationNames } = await session.engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
  return appliedMigrationNames;
}

function printApplied(names: string[], print: Print, options: { quietWhenNone?: boolean } = {}): void {
  if (names.length === 0) {
    if (!options.quietWhenNone) print("No pending migrations: the database is up to date.");
    return;
  }
  print(`Applied ${names.length} migration${names.length === 1 ? "" : "s"}:`);
  for (const name of names) print(`  ${name}`);
}

function pendingNames(history: HistoryDiagnostic | null): string[] {
  if (history === null || history.diagnostic === "migrationsDirectoryIsBehind") return [];
  return history.unappliedMigrationNames;
}

function unknownNames(history: HistoryDiagnostic | null): string[] {
  if (history === null || history.diagnostic === "databaseIsBehind") return [];
  return history.unpersistedMigrationNames;
}

/**
 * Whether the migration history builds exactly the schema in schema.prisma (replayed on a shadow
 * database, which for PostgreSQL this runner creates and drops). Exit 1 with the missing SQL when
 * a schema change has no migration yet, e.g. for one engine of the two.
 */
export async function checkCommand(session: Session, print: Print): Promise<ExitCode> {
  const migrationsList = await readMigrationsList(session.migrationsDir);
  const result = await session.engine.diff({
    from: { tag: "migrations", ...migrationsList },
    to: { tag: "schemaDatamodel", files: session.schemaFiles },
    script: true,
    exitCode: null,
    filters: NO_FILTERS,
  });
  const missing = (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  if (missing === "") {
    print(`${path.basename(session.migrationsDir)} matches the schema.`);
    return 0;
  }
  print(`${path.basename(session.migrationsDir)} does not build the current schema; it lacks:\n${missing}`);
  print("Run `npm run db:new-migration -- <name>` with this DATABASE_URL.");
  return 1;
}
