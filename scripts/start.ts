import "./load-env";
import { spawnSync } from "node:child_process";
import { ensureAuthSecret } from "./auth-secret";

/**
 * `npm start`: everything a fresh clone needs to serve Kioku, safe to run again (migrations and
 * seed are idempotent and keep all data). PORT (default 3000) picks the port.
 */
function run(step: string, command: string, args: string[]): void {
  console.log(`\n▶ ${step}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`✖ ${step} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureAuthSecret();
const port = process.env.PORT ?? "3000";
run("Migrating the database", "npx", ["tsx", "prisma/migrate.ts", "apply"]);
run("Seeding the seed deck and demo accounts", "npx", ["tsx", "prisma/seed.ts"]);
run("Building the app", "npx", ["next", "build"]);
// The service worker (offline study) is bundled from the build's output: see serwist.config.mjs.
run("Building the service worker", "npx", ["serwist", "build", "serwist.config.mjs"]);
console.log(`\nKioku is starting on http://localhost:${port}`);
run("Serving", "npx", ["next", "start", "--port", port]);
