import { describe, expect, it } from "vitest";
import { describeNextDue } from "./describe-next-due";

const NOW = new Date("2026-03-01T12:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe("describeNextDue", () => {
  it.each([
    [null, "Every card in this deck is learned and nothing is scheduled."],
    [later(30_000), "The next card is due in less than a minute."],
    [later(10 * 60_000), "The next card is due in 10 minutes."],
    [later(3_600_000), "The next card is due in 1 hour."],
    [later(16 * 3_600_000), "The next card is due in 16 hours."],
    [later(4 * 86_400_000), "The next card is due in 4 days."],
  ])("%s", (next, text) => {
    expect(describeNextDue(next, NOW)).toBe(text);
  });
});
