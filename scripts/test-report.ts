import path from "node:path";

/*
 * The failing tests of a suite, read from its JSON report, for the summary at the end of `npm
 * test`: a CI log cut to its last lines still names what failed and why.
 */

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

export interface PlaywrightSuiteReport {
  title: string;
  file?: string;
  suites?: PlaywrightSuiteReport[];
  specs?: {
    title: string;
    file: string;
    line: number;
    tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[];
  }[];
}

export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuiteReport[];
}

export function playwrightFailures(suites: PlaywrightSuiteReport[] = []): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === "unexpected" || test.status === "flaky")
        .map((test) => `[${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}: ${firstLine(test.results.find((result) => result.error)?.error?.message)}`),
    ),
    ...playwrightFailures(suite.suites),
  ]);
}

/** The first non-empty line of an error, without terminal colours, short enough for a summary. */
export function firstLine(message: string | undefined): string {
  const line = (message ?? "").replace(/\u001b\[[0-9;]*m/g, "").split("\n").find((text) => text.trim()) ?? "(no message)";
  return line.trim().slice(0, 240);
}

/** "file › test name: first line of the error" per failing vitest test. */
export function vitestFailures(report: VitestReport, root: string): string[] {
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === "failed")
      .map((test) => `${path.relative(root, file.name)} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`),
  );
}

