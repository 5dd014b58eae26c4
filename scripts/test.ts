import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

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

function vitestSuite(): SuiteResult {
  const report = path.join(outDir, "vitest.json");
  rmSync(report, { force: true });
  const exitCode = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(report);
  if (!json) return { name: "unit + integration (vitest)", passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
  return {
    name: "unit + integration (vitest)",
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
    exitCode,
  };
}

function playwrightSuite(): SuiteResult {
  const report = path.join(outDir, "playwright.json");
  rmSync(report, { force: true });
  const exitCode = run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_FILE: report });
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report);
  if (!json) return { name: "end-to-end (Playwright)", passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
  return {
    name: "end-to-end (Playwright)",
    passed: json.stats.expected,
    failed: json.stats.unexpected + json.stats.flaky,
    skipped: json.stats.skipped,
    exitCode,
  };
}

const typecheck = run("npx", ["tsc", "--noEmit", "-p", "."]);
const suites: SuiteResult[] = [
  { name: "type check (tsc)", passed: typecheck === 0 ? 1 : 0, failed: typecheck === 0 ? 0 : 1, skipped: 0, exitCode: typecheck },
  vitestSuite(),
  playwrightSuite(),
];

console.log("\nSummary");
for (const suite of suites) {
  console.log(`  ${suite.name}: ${suite.passed} passed, ${suite.failed} failed${suite.skipped ? `, ${suite.skipped} skipped` : ""}`);
}
const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
const failed = suites.reduce((sum, suite) => sum + suite.failed + (suite.exitCode !== 0 && suite.failed === 0 ? 1 : 0), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
