import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULING_SETTINGS, mergeSchedulingSettings, parseFsrsParameters, schedulerSettingsOf, type StoredUserSettings } from "./settings";

const USER: StoredUserSettings = {
  desiredRetention: 0.85,
  maximumInterval: 3650,
  newCardsPerDay: 10,
  maxReviewsPerDay: 100,
  learningSteps: "5m 1h",
  relearningSteps: "",
  enableFuzz: false,
  dayStartHour: 6,
  fsrsParameters: null,
};
// ts-fsrs 5's default FSRS-6 parameters, 21 numbers.
const W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];

describe("mergeSchedulingSettings", () => {
  it("uses the defaults when the user has no settings row", () => {
    expect(mergeSchedulingSettings(null, null, "Asia/Tokyo")).toEqual({ ...DEFAULT_SCHEDULING_SETTINGS, timeZone: "Asia/Tokyo" });
  });

  it("takes the user's settings, then the deck's non-null overrides", () => {
    const merged = mergeSchedulingSettings(USER, { newCardsPerDay: 5, maxReviewsPerDay: null, desiredRetention: 0.95 }, "Europe/Berlin");
    expect(merged).toMatchObject({
      desiredRetention: 0.95,
      maximumInterval: 3650,
      newCardsPerDay: 5,
      maxReviewsPerDay: 100,
      learningSteps: ["5m", "1h"],
      relearningSteps: [],
      enableFuzz: false,
      dayStartHour: 6,
      timeZone: "Europe/Berlin",
      fsrsParameters: null,
    });
  });

  it("falls back to the default steps when the stored text no longer parses", () => {
    expect(mergeSchedulingSettings({ ...USER, learningSteps: "soon" }, null, "UTC").learningSteps).toEqual(["1m", "10m"]);
  });

  it("passes fitted parameters to the scheduler as w", () => {
    const merged = mergeSchedulingSettings({ ...USER, fsrsParameters: JSON.stringify(W) }, null, "UTC");
    expect(merged.fsrsParameters).toEqual(W);
    expect(schedulerSettingsOf(merged)).toEqual({
      desiredRetention: 0.85,
      maximumInterval: 3650,
      enableFuzz: false,
      learningSteps: ["5m", "1h"],
      relearningSteps: [],
      w: W,
    });
  });
});

describe("parseFsrsParameters", () => {
  it.each([[null], ["not json"], ["[1,2,3]"], ['{"w":1}'], [JSON.stringify([...W.slice(0, 20), "x"])]])("treats %j as no parameters", (json) => {
    expect(parseFsrsParameters(json)).toBeNull();
  });
});
