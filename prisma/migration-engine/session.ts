import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaContainer, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DatabaseTarget } from "./database";
import { loadSchemaEngine, type SchemaEngine } from "./wasm";

/** Kioku manages every table in the database; nothing is external. */
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

export type Session = {
  engine: SchemaEngine;
  schemaFiles: SchemaContainer[];
  migrationsDir: string;
  target: DatabaseTarget;
};

export type Paths = { schemaPath: string; migrationsDir: string };

/**
 * Runs `work` with an engine connected to the target database, then closes the engine's
 * connections: until they close, SQLite stays locked by the engine's migration lock.
 */
export async function withSession<T>(
  paths: Paths,
  target: DatabaseTarget,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const content = await readFile(paths.schemaPath, "utf8");
  const schemaFiles = [{ path: paths.schemaPath, content }];
  await target.prepare();
  const SchemaEngineClass = await loadSchemaEngine();
  const connection = target.connect();
  try {
    const engine = await SchemaEngineClass.new(
      { datamodels: [[paths.schemaPath, content]] },
      logEngineLine,
      bindMigrationAwareSqlAdapterFactory(connection.factory),
    );
    try {
      return await work({ engine, schemaFiles, migrationsDir: paths.migrationsDir, target });
    } finally {
      engine.free();
    }
  } finally {
    await connection.close();
  }
}

// The engine logs through this callback (JSON lines); they only help when debugging the engine.
function logEngineLine(line: unknown): void {
  if (process.env.KIOKU_MIGRATE_DEBUG) console.error(String(line));
}
