import { describe, expect, it } from "vitest";
import {
  countDueBuckets,
  dailyLoadOf,
  DEFAULT_SCHEDULING_SETTINGS,
  gradeCard,
  historyEntryOf,
  newMemoryState,
  planReview,
  schedulerSettingsOf,
  startOfStudyDay,
  studyDayWeekday,
  type Grade,
  type HistoryEntry,
  type MemoryState,
  type ReviewContext,
  type SchedulingSettings,
} from "./index";

const NOW = new Date("2026-03-01T15:00:00Z");
const DAY = 86_400_000;
const TOKYO: SchedulingSettings = { ...DEFAULT_SCHEDULING_SETTINGS, easyDays: [...DEFAULT_SCHEDULING_SETTINGS.easyDays], timeZone: "Asia/Tokyo", enableFuzz: true };
const PLAIN: SchedulingSettings = { ...TOKYO, enableFuzz: false, loadBalance: false };

const contextOf = (settings: SchedulingSettings, extra: Partial<ReviewContext> = {}): ReviewContext => ({ settings, scheduler: schedulerSettingsOf(settings), ...extra });

/** A card answered `ratings` in turn, each on its due date, with its log as the store would hold it. */
function answered(ratings: readonly Grade[], settings: SchedulingSettings): { state: MemoryState; history: HistoryEntry[]; lastAt: Date } {
  let state = newMemoryState(NOW);
  let at = NOW;
  const history: HistoryEntry[] = [];
  for (const rating of ratings) {
    const { next } = gradeCard(state, rating, at, schedulerSettingsOf(settings));
    history.push(historyEntryOf(rating, at, next.due));
    state = next;
    at = next.due;
  }
  return { state, history, lastAt: history.at(-1)?.at ?? NOW };
}

describe("planReview", () => {
  it("grades a never-answered card from a new state at now and logs it as new", () => {
    const plan = planReview(null, null, contextOf(PLAIN), { rating: 3 }, NOW);
    expect(plan.kind).toBe("planned");
    if (plan.kind !== "planned") return;
    expect(plan.state.phase).toBe("learning");
    expect(plan.state.reps).toBe(1);
    expect(plan.state.due.getTime() - NOW.getTime()).toBe(10 * 60_000);
    expect(plan.log).toMatchObject({ phase: "new", rating: 3, reviewedAt: NOW });
    expect(plan.suspend).toBe(false);
    expect(plan.moved).toBe(false);
  });

  it("refuses an answer to a state the screen did not show, and takes one it did", () => {
    const { state } = answered([3], PLAIN);
    expect(planReview(state, null, contextOf(PLAIN), { rating: 3, expectedReps: 0 }, state.due)).toEqual({ kind: "stale" });
    expect(planReview(null, null, contextOf(PLAIN), { rating: 3, expectedReps: 1 }, NOW)).toEqual({ kind: "stale" });
    expect(planReview(state, null, contextOf(PLAIN), { rating: 3, expectedReps: 1 }, state.due).kind).toBe("planned");
    expect(planReview(null, null, contextOf(PLAIN), { rating: 3, expectedReps: 0 }, NOW).kind).toBe("planned");
  });

  it("stamps the answer a millisecond after the user's latest entry when the clock is not past it", () => {
    const latest = new Date(NOW.getTime() + 5000);
    const plan = planReview(null, latest, contextOf(PLAIN), { rating: 3 }, NOW);
    expect(plan.kind === "planned" && plan.log.reviewedAt.toISOString()).toBe(new Date(latest.getTime() + 1).toISOString());
    const before = planReview(null, new Date(NOW.getTime() - 1), contextOf(PLAIN), { rating: 3 }, NOW);
    expect(before.kind === "planned" && before.log.reviewedAt.toISOString()).toBe(NOW.toISOString());
  });

  it("stamps a device's answer at its own time, never after the server's clock, and reports a moved state without refusing", () => {
    const { state } = answered([3], PLAIN);
    const given = new Date(state.due.getTime() + 60_000);
    const now = new Date(given.getTime() + DAY);
    const plan = planReview(state, null, contextOf(PLAIN), { rating: 3, answeredAt: given, baseReps: 0 }, now);
    expect(plan.kind).toBe("planned");
    if (plan.kind !== "planned") return;
    expect(plan.log.reviewedAt.toISOString()).toBe(given.toISOString());
    expect(plan.moved).toBe(true);
    const ahead = planReview(state, null, contextOf(PLAIN), { rating: 3, answeredAt: new Date(now.getTime() + DAY), baseReps: 1 }, now);
    expect(ahead.kind === "planned" && [ahead.log.reviewedAt.toISOString(), ahead.moved]).toEqual([now.toISOString(), false]);
  });

  it("asks for the load over the answer's study-day window when it balances a review, and not for a learning answer", () => {
    const { state } = answered([4], TOKYO);
    expect(planReview(null, null, contextOf(TOKYO), { rating: 3 }, NOW).kind).toBe("planned");
    const at = state.due;
    const plan = planReview(state, null, contextOf(TOKYO), { rating: 3 }, at);
    const from = startOfStudyDay(at, "Asia/Tokyo", TOKYO.dayStartHour);
    expect(plan).toEqual({ kind: "needsLoad", from, to: new Date(from.getTime() + 100 * DAY) });
    // A reading that stops a day short does not cover the window either.
    const short = { from, to: new Date(from.getTime() + 99 * DAY), dueBuckets: new Map(), siblingDues: [] };
    expect(planReview(state, null, contextOf(TOKYO, { load: short }), { rating: 3 }, at).kind).toBe("needsLoad");
    // Without the user's settings (explicit scheduler settings) nothing is balanced.
    expect(planReview(state, null, { settings: null, scheduler: schedulerSettingsOf(TOKYO) }, { rating: 3 }, at).kind).toBe("planned");
  });

  it("balances with the load it is given, the same for a wider reading, as gradeCard does with that load", () => {
    const { state } = answered([4], TOKYO);
    const at = state.due;
    const from = startOfStudyDay(at, "Asia/Tokyo", TOKYO.dayStartHour);
    // Every day but one of the next two months is crowded: the balancer should prefer the quiet day when in range.
    const dues = Array.from({ length: 60 }, (_, day) => Array.from({ length: day % 7 === 3 ? 0 : 40 }, () => new Date(from.getTime() + day * DAY + 3_600_000))).flat();
    const exact = { from, to: new Date(from.getTime() + 100 * DAY), dueBuckets: countDueBuckets(dues), siblingDues: [] };
    const wider = { from: new Date(from.getTime() - DAY), to: new Date(from.getTime() + 101 * DAY), dueBuckets: countDueBuckets([...dues, new Date(from.getTime() - DAY / 2)]), siblingDues: [] };
    const plan = planReview(state, null, contextOf(TOKYO, { load: exact }), { rating: 3 }, at);
    const planWider = planReview(state, null, contextOf(TOKYO, { load: wider }), { rating: 3 }, at);
    const load = dailyLoadOf({ dueBuckets: countDueBuckets(dues), siblingDues: [], todayStart: from, todayWeekday: studyDayWeekday(at, "Asia/Tokyo", TOKYO.dayStartHour), easyDays: TOKYO.easyDays });
    const expected = gradeCard(state, 3, at, schedulerSettingsOf(TOKYO), load);
    expect(plan.kind === "planned" && plan.state).toEqual(expected.next);
    expect(planWider.kind === "planned" && planWider.state).toEqual(expected.next);
    expect(plan.kind === "planned" && Math.floor((plan.state.due.getTime() - from.getTime()) / DAY) % 7).toBe(3);
  });

  it("asks for the card's log only for a failure under auto-suspend, and suspends a card that fails far more than predicted", () => {
    const suspending: SchedulingSettings = { ...PLAIN, autoSuspendLeeches: true };
    const leech = answered([4, 1, 3, 1, 3], suspending);
    expect(planReview(leech.state, leech.lastAt, contextOf(suspending), { rating: 3 }, leech.state.due).kind).toBe("planned");
    expect(planReview(leech.state, leech.lastAt, contextOf(suspending), { rating: 1 }, leech.state.due)).toEqual({ kind: "needsHistory" });
    const failed = planReview(leech.state, leech.lastAt, contextOf(suspending, { cardHistory: leech.history }), { rating: 1 }, leech.state.due);
    expect(failed.kind === "planned" && failed.suspend).toBe(true);
    const steady = answered([4, 3, 3], suspending);
    const once = planReview(steady.state, steady.lastAt, contextOf(suspending, { cardHistory: steady.history }), { rating: 1 }, steady.state.due);
    expect(once.kind === "planned" && once.suspend).toBe(false);
    // The same failing card is left alone when the user has not asked for auto-suspend.
    const off = planReview(leech.state, leech.lastAt, contextOf(PLAIN), { rating: 1 }, leech.state.due);
    expect(off.kind === "planned" && off.suspend).toBe(false);
  });
});
