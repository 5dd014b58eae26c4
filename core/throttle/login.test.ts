import { describe, expect, it } from "vitest";
import { decideLogin, retryAfterSeconds, type LoginFailureTimes } from "./login";

const NOW = new Date("2026-03-02T10:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const times = (count: number, everyMinutes: number, from = 0) => Array.from({ length: count }, (_, i) => ago(from + i * everyMinutes));
const none: LoginFailureTimes = { pair: [], address: [], email: [] };

describe("decideLogin", () => {
  it("checks a try with no history", () => {
    expect(decideLogin(none, NOW)).toEqual({ kind: "check" });
  });

  it("walls a pair after 5 failures in 15 minutes, until the oldest leaves the window", () => {
    const pair = times(5, 1, 1); // 1..5 minutes ago
    expect(decideLogin({ ...none, pair, email: pair }, NOW)).toEqual({ kind: "wall", retryAfterSeconds: 10 * 60 });
    expect(decideLogin({ ...none, pair: pair.slice(0, 4), email: pair }, NOW)).toEqual({ kind: "check" });
  });

  it("does not wall the owner's address when other addresses failed against the e-mail (below the ceiling)", () => {
    expect(decideLogin({ pair: [], address: [], email: times(99, 0.5) }, NOW)).toEqual({ kind: "check" });
  });

  it("over the e-mail ceiling, sends a clean address down the slow path and walls one that failed", () => {
    const email = times(100, 0.5);
    expect(decideLogin({ pair: [], address: [], email }, NOW)).toEqual({ kind: "slow" });
    const walled = decideLogin({ pair: [ago(50)], address: [ago(50)], email }, NOW);
    expect(walled).toEqual({ kind: "wall", retryAfterSeconds: retryAfterSeconds(email, [{ failures: 100, windowMs: 3_600_000 }], NOW) });
  });

  it("walls an address spraying many e-mails: 50 in 15 minutes or 120 in an hour", () => {
    expect(decideLogin({ ...none, address: times(50, 0.2) }, NOW).kind).toBe("wall");
    expect(decideLogin({ ...none, address: times(49, 0.2) }, NOW).kind).toBe("check");
    // 120 spread over 54 minutes: never 50 within 15, still over the hourly limit.
    expect(decideLogin({ ...none, address: times(120, 0.45) }, NOW).kind).toBe("wall");
    expect(decideLogin({ ...none, address: times(119, 0.45) }, NOW).kind).toBe("check");
  });
});
