import { describe, expect, it } from "vitest";
import { explainDue, type DueExplanationInput } from "./explain-due";
import { forgetCard, replayState, type HistoryEntry } from "./history";
import type { SchedulerSettings } from "./scheduler";

const NOW = new Date("2026-03-10T15:00:00Z");
const DAY = 86_400_000;
const NO_FUZZ: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

function explain(history: HistoryEntry[], overrides: Partial<DueExplanationInput> = {}): string {
  return explainDue(
    { state: replayState(history, NO_FUZZ), suspended: false, buriedUntil: null, lastEntry: history.at(-1) ?? null, settings: NO_FUZZ, timeZone: "America/New_York", ...overrides },
    NOW,
  );
}

describe("explainDue", () => {
  it("explains a review card by its stability and the desired retention", () => {
    const history: HistoryEntry[] = [
      { kind: "review", rating: 4, at: ago(2) },
    ];
    const state = replayState(history, NO_FUZZ)!;
    expect(explain(history)).toBe(
      `It is due ${new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", dateStyle: "medium" }).format(state.due)} because after your Easy on Mar 8, 2026 its memory stability is ${state.stability.toFixed(1)} days, and at your 90% desired retention FSRS waits ${state.scheduledDays} days before asking again.`,
    );
  });

  it("says how likely recall is when the card is overdue", () => {
    expect(explain([{ kind: "review", rating: 4, at: ago(40) }])).toMatch(
      /^It has been due since .* because after your Easy on Jan 29, 2026 .*; your chance of recalling it now is about \d+%\.$/,
    );
  });

  it("explains a learning step", () => {
    const at = new Date(NOW.getTime() - 2 * 60_000);
    expect(explain([{ kind: "review", rating: 3, at }])).toBe(
      "It is due Mar 10, 2026, 11:08 AM because your Good on Mar 10, 2026 left it learning, and the next step comes 10m later.",
    );
  });

  it("explains new, forgotten, suspended and buried cards", () => {
    expect(explain([])).toMatch(/^This card is new: it has never been answered/);
    const history: HistoryEntry[] = [{ kind: "review", rating: 3, at: ago(5) }, { kind: "forget", at: ago(1) }];
    expect(explain(history)).toBe("You reset this card to new on Mar 9, 2026, so it comes back with your new cards, within your daily allowance.");
    expect(forgetCard(replayState(history.slice(0, 1), NO_FUZZ)!, ago(1)).next.phase).toBe("new");
    expect(explain([], { suspended: true })).toBe("This card is suspended, so it never comes due until you unsuspend it.");
    expect(explain([], { buriedUntil: new Date("2026-03-11T08:00:00Z") })).toBe(
      "This card is buried until Mar 11, 2026, 4:00 AM, the start of your next study day, so it skips today.",
    );
  });
});
