import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dropPostgresDatabase, postgresDatabaseUrl } from "../../scripts/postgres-databases";
import { buildApp, startBuiltApp } from "../../scripts/serve-built-app";

/**
 * The server the e2e suite drives: the built app on a fresh database of its own, migrated and
 * seeded by the same scripts a user runs, so the tests see exactly what `npm start` serves.
 */
const root = process.cwd();
const outDir = path.join(root, ".test-output");
mkdirSync(outDir, { recursive: true });
const port = process.env.KIOKU_E2E_PORT ?? "3100";
// KIOKU_E2E_POSTGRES_URL runs the suite on PostgreSQL: a database of its own per port, dropped
// and made again on every run, so a run never sees the last one's data.
const postgresBase = process.env.KIOKU_E2E_POSTGRES_URL;
const databaseUrl = postgresBase
  ? postgresDatabaseUrl(postgresBase, `kioku_e2e_${port}`)
  : `file:${path.join(outDir, `e2e-${Date.now()}.db`)}`;
if (postgresBase) await dropPostgresDatabase(databaseUrl);
// Specs that check or move what the database holds (e2e/offline-study.spec.ts, e2e/support/time-travel.ts) find it here.
writeFileSync(path.join(outDir, `e2e-${port}.database-url`), databaseUrl);
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXT_TELEMETRY_DISABLED: "1",
  // Every test signs up its own accounts from 127.0.0.1; the per-address limit is tested in tests/integration/sign-up.test.ts.
  KIOKU_SIGN_UPS_PER_HOUR: process.env.KIOKU_SIGN_UPS_PER_HOUR ?? "100000",
};

function step(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step("npx", ["tsx", "prisma/migrate.ts", "apply"]);
step("npx", ["tsx", "prisma/seed.ts"]);
// Always build, so the suite never runs against a stale bundle; KIOKU_E2E_SKIP_BUILD=1 reuses the last one.
buildApp(env, { reuse: process.env.KIOKU_E2E_SKIP_BUILD === "1", serviceWorker: true });

const server = startBuiltApp(Number(port), env, { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
