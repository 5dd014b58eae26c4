import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freshPostgresUrl } from "./postgres-databases";

/**
 * `npm test`: every suite, unit to end-to-end, each in its own process, then one closing line
 * "N passed, N failed" that sums them all. Exits non-zero if any suite failed or did not run.
 */
interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
}

const outDir = path.join(process.cwd(), ".test-output");
mkdirSync(outDir, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

function vitestSuite(name = "unit + integration (vitest)", args: string[] = [], extraEnv: Record<string, string> = {}): SuiteResult {
  const report = path.join(outDir, `vitest${args.length ? "-postgresql" : ""}.json`);
  rmSync(report, { force: true });
  const exitCode = run("npx", ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], extraEnv);
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(report);
  if (!json) return { name, passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
  return {
    name,
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
    exitCode,
  };
}

function playwrightSuite(name = "end-to-end (Playwright)", extraEnv: Record<string, string> = {}): SuiteResult {
  const report = path.join(outDir, `playwright${extraEnv.KIOKU_E2E_POSTGRES_URL ? "-postgresql" : ""}.json`);
  rmSync(report, { force: true });
  const exitCode = run("npx", ["playwright", "test", "--reporter=list,json"], { ...extraEnv, PLAYWRIGHT_JSON_OUTPUT_FILE: report });
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report);
  if (!json) return { name, passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
  return {
    name,
    passed: json.stats.expected,
    failed: json.stats.unexpected + json.stats.flaky,
    skipped: json.stats.skipped,
    exitCode,
  };
}

/** The kill -9 crash test (scripts/crash-test.ts) on the build the end-to-end suite just made. */
function crashSuite(): SuiteResult {
  const log = path.join(outDir, "crash-test.log");
  console.log("\n$ npm run test:crash");
  const result = spawnSync("npx", ["tsx", "scripts/crash-test.ts"], {
    env: { ...env, KIOKU_DIST_DIR: process.env.KIOKU_DIST_DIR ?? ".next", KIOKU_CRASH_SKIP_BUILD: "1" },
    encoding: "utf8",
  });
  process.stdout.write(result.stdout + result.stderr);
  writeFileSync(log, result.stdout + result.stderr);
  const summary = /^(\d+) passed, (\d+) failed$/m.exec(result.stdout);
  const exitCode = result.status ?? 1;
  return { name: "crash test (kill -9)", passed: Number(summary?.[1] ?? 0), failed: Number(summary?.[2] ?? 1), skipped: 0, exitCode };
}

const typecheck = run("npx", ["tsc", "--noEmit", "-p", "."]);
const suites: SuiteResult[] = [
  { name: "type check (tsc)", passed: typecheck === 0 ? 1 : 0, failed: typecheck === 0 ? 0 : 1, skipped: 0, exitCode: typecheck },
  vitestSuite(),
  playwrightSuite(),
  crashSuite(),
];
// With a PostgreSQL server (.ci/run sets this; see .ci/postgres.sh) the integration and e2e
// suites run again on it, each on a fresh database of its own there. The e2e run reuses the
// build the first run made: one build serves both engines (lib/db.ts).
const postgresBase = process.env.KIOKU_TEST_POSTGRES_URL;
if (postgresBase) {
  suites.push(
    vitestSuite("integration on PostgreSQL (vitest)", ["--project", "integration"], {
      KIOKU_TEST_DATABASE_URL: freshPostgresUrl(postgresBase, "kioku_it"),
    }),
    playwrightSuite("end-to-end on PostgreSQL (Playwright)", { KIOKU_E2E_POSTGRES_URL: postgresBase, KIOKU_E2E_SKIP_BUILD: "1" }),
  );
}

console.log("\nSummary");
for (const suite of suites) {
  console.log(`  ${suite.name}: ${suite.passed} passed, ${suite.failed} failed${suite.skipped ? `, ${suite.skipped} skipped` : ""}`);
}
const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
const failed = suites.reduce((sum, suite) => sum + suite.failed + (suite.exitCode !== 0 && suite.failed === 0 ? 1 : 0), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
