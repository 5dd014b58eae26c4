import { describe, expect, it } from "vitest";
import { formatSteps, parseSteps, stepMinutes } from "./steps";

describe("parseSteps", () => {
  it.each([
    ["1m 10m", ["1m", "10m"]],
    ["  10m,1h  1d ", ["10m", "1h", "1d"]],
    ["", []],
  ])("reads %j", (text, steps) => {
    expect(parseSteps(text)).toEqual({ ok: true, steps });
  });

  it.each([
    ["1.5m", /“1.5m” is not a step/],
    ["10", /“10” is not a step/],
    ["0m", /“0m” is not a step/],
    ["5s", /“5s” is not a step/],
    ["400d", /longer than a year/],
    ["1m 2m 3m 4m 5m 6m 7m 8m 9m 10m 11m", /at most 10 steps/],
  ])("refuses %j with a message", (text, message) => {
    const parsed = parseSteps(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it("formats back and measures steps in minutes", () => {
    expect(formatSteps(["1m", "10m"])).toBe("1m 10m");
    expect(stepMinutes("2h")).toBe(120);
    expect(stepMinutes("1d")).toBe(1440);
  });
});
