import { describe, expect, it } from "vitest";
import { firstLine, playwrightFailures, vitestFailures, type PlaywrightReport, type VitestReport } from "./test-report";

describe("failing tests named in the summary", () => {
  it("finds Playwright's failing and flaky tests in nested suites, with their project and first error line", () => {
    const report: PlaywrightReport = {
      stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 0 },
      suites: [
        {
          title: "siblings.spec.ts",
          file: "siblings.spec.ts",
          specs: [{ title: "passes", file: "siblings.spec.ts", line: 3, tests: [{ projectName: "desktop", status: "expected", results: [{}] }] }],
          suites: [
            {
              title: "study",
              specs: [
                {
                  title: "a card answered stays away after a reload",
                  file: "siblings.spec.ts",
                  line: 40,
                  tests: [{ projectName: "desktop", status: "unexpected", results: [{ error: { message: "\u001b[31mError: expect(locator).toBeHidden()\u001b[39m\n\nLocator: …" } }] }],
                },
                { title: "retried", file: "siblings.spec.ts", line: 60, tests: [{ projectName: "phone", status: "flaky", results: [{ error: { message: "Timeout" } }, {}] }] },
              ],
            },
          ],
        },
      ],
    };
    expect(playwrightFailures(report.suites)).toEqual([
      "[desktop] siblings.spec.ts:40 › a card answered stays away after a reload: Error: expect(locator).toBeHidden()",
      "[phone] siblings.spec.ts:60 › retried: Timeout",
    ]);
  });

  it("finds vitest's failing tests per file, relative to the project", () => {
    const report: VitestReport = {
      numPassedTests: 1,
      numFailedTests: 1,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [
        {
          name: "/repo/core/a.test.ts",
          assertionResults: [
            { fullName: "a works", status: "passed", failureMessages: [] },
            { fullName: "a fails", status: "failed", failureMessages: ["AssertionError: expected 1 to be 2\n    at …"] },
          ],
        },
      ],
    };
    expect(vitestFailures(report, "/repo")).toEqual(["core/a.test.ts › a fails: AssertionError: expected 1 to be 2"]);
  });

  it("keeps a summary line short", () => {
    expect(firstLine(`\n\n${"x".repeat(500)}`)).toHaveLength(240);
  });
});
