// The PostgreSQL schema is derived, never edited: prisma/schema.prisma stays the one source of
// truth for the models (umami's approach), and this swaps what is provider-specific — the
// datasource provider and where the generated client goes. Run directly, it writes the derived
// schema under lib/generated/ (git-ignored) and generates the PostgreSQL client from it.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "..");
export const SQLITE_SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
/** Beside the client it generates, so the generator's relative `output` stays short. */
export const POSTGRESQL_SCHEMA_PATH = path.join(ROOT, "lib", "generated", "postgresql", "schema.prisma");
const POSTGRESQL_CLIENT_OUTPUT = "../prisma-postgresql";

/** prisma/schema.prisma's text with the PostgreSQL provider and client output. */
export function derivePostgresqlSchema(sqliteSchema: string): string {
  const provider = /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/;
  if (!provider.test(sqliteSchema) || !output.test(sqliteSchema)) {
    throw new Error('prisma/schema.prisma must keep `provider = "sqlite"` in `datasource db` and an `output` in `generator client`');
  }
  const header = "// GENERATED from prisma/schema.prisma by prisma/postgresql-schema.ts: edit that file, not this one.\n";
  return header + sqliteSchema.replace(provider, '$1"postgresql"').replace(output, `$1"${POSTGRESQL_CLIENT_OUTPUT}"`);
}

/** Writes the derived schema and returns its path and text. */
export function writePostgresqlSchema(): { path: string; content: string } {
  const content = derivePostgresqlSchema(readFileSync(SQLITE_SCHEMA_PATH, "utf8"));
  mkdirSync(path.dirname(POSTGRESQL_SCHEMA_PATH), { recursive: true });
  writeFileSync(POSTGRESQL_SCHEMA_PATH, content);
  return { path: POSTGRESQL_SCHEMA_PATH, content };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { path: schemaPath } = writePostgresqlSchema();
  // Both clients are generated on every install: a build then runs on either engine and
  // DATABASE_URL alone picks one at start-up (lib/db.ts). Generation needs no schema engine.
  const result = spawnSync("npx", ["prisma", "generate", "--schema", schemaPath], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false" },
  });
  process.exitCode = result.status ?? 1;
}
