import { DEFAULT_SCHEDULER_SETTINGS, checkFsrsParameters, type SchedulerSettings } from "./scheduler";
import { DEFAULT_LEARNING_STEPS, DEFAULT_RELEARNING_STEPS, parseSteps, type Step } from "./steps";
import { DEFAULT_DAY_START_HOUR } from "./study-day";
import { NORMAL_WEEK, parseEasyDays, type EasyDay } from "./easy-days";

/** Everything that decides what a user studies in one deck and when: the merged settings. */
export interface SchedulingSettings {
  /** 0.70-0.99 */
  desiredRetention: number;
  /** days */
  maximumInterval: number;
  enableFuzz: boolean;
  learningSteps: Step[];
  relearningSteps: Step[];
  /** FSRS parameters written by the optimizer; null = ts-fsrs's defaults. */
  fsrsParameters: number[] | null;
  newCardsPerDay: number;
  maxReviewsPerDay: number;
  /** 0-23: the study day starts at this hour in `timeZone`. */
  dayStartHour: number;
  /** IANA zone. */
  timeZone: string;
  /** Anki's "bury siblings": a card's siblings wait for the next study day once it is answered. */
  burySiblings: boolean;
  /** Pick each review's day within the fuzz range by how many cards are due then (load-balancer.ts). */
  loadBalance: boolean;
  /** Monday first, seven entries: how much of a normal day's reviews each weekday should get. */
  easyDays: EasyDay[];
  /** Suspend a card when it becomes a leech (leeches.ts). */
  autoSuspendLeeches: boolean;
}

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;

export const DEFAULT_SCHEDULING_SETTINGS: SchedulingSettings = {
  desiredRetention: DEFAULT_SCHEDULER_SETTINGS.desiredRetention,
  maximumInterval: DEFAULT_SCHEDULER_SETTINGS.maximumInterval,
  enableFuzz: DEFAULT_SCHEDULER_SETTINGS.enableFuzz,
  learningSteps: [...DEFAULT_LEARNING_STEPS],
  relearningSteps: [...DEFAULT_RELEARNING_STEPS],
  fsrsParameters: null,
  newCardsPerDay: 20,
  maxReviewsPerDay: 200,
  dayStartHour: DEFAULT_DAY_START_HOUR,
  timeZone: "UTC",
  burySiblings: true,
  loadBalance: true,
  easyDays: [...NORMAL_WEEK],
  autoSuspendLeeches: false,
};

/** A user's settings row as stored: steps as text, parameters as JSON text. */
export interface StoredUserSettings {
  desiredRetention: number;
  maximumInterval: number;
  newCardsPerDay: number;
  maxReviewsPerDay: number;
  learningSteps: string;
  relearningSteps: string;
  enableFuzz: boolean;
  dayStartHour: number;
  fsrsParameters: string | null;
  /** Absent in rows written before these settings existed: the defaults apply. */
  burySiblings?: boolean;
  loadBalance?: boolean;
  /** Seven letters, Monday first: n(ormal), r(educed), m(inimum). */
  easyDays?: string;
  autoSuspendLeeches?: boolean;
}

/** A deck's overrides for one user; null inherits. */
export interface StoredDeckSettings {
  newCardsPerDay: number | null;
  maxReviewsPerDay: number | null;
  desiredRetention: number | null;
}

function stepsOr(text: string, fallback: readonly Step[]): Step[] {
  const parsed = parseSteps(text);
  return parsed.ok ? parsed.steps : [...fallback];
}

/** The optimizer's JSON, or null when absent or not a usable parameter list. */
export function parseFsrsParameters(json: string | null): number[] | null {
  if (!json) return null;
  try {
    return checkFsrsParameters(JSON.parse(json));
  } catch {
    return null;
  }
}

/**
 * defaults <- the user's settings <- the deck's overrides. Stored values that no longer parse
 * (a hand-edited row, say) fall back to the defaults rather than break studying.
 */
export function mergeSchedulingSettings(
  user: StoredUserSettings | null,
  deck: StoredDeckSettings | null,
  timeZone: string,
): SchedulingSettings {
  const base = DEFAULT_SCHEDULING_SETTINGS;
  const merged: SchedulingSettings = user
    ? {
        desiredRetention: user.desiredRetention,
        maximumInterval: user.maximumInterval,
        enableFuzz: user.enableFuzz,
        learningSteps: stepsOr(user.learningSteps, base.learningSteps),
        relearningSteps: stepsOr(user.relearningSteps, base.relearningSteps),
        fsrsParameters: parseFsrsParameters(user.fsrsParameters),
        newCardsPerDay: user.newCardsPerDay,
        maxReviewsPerDay: user.maxReviewsPerDay,
        dayStartHour: user.dayStartHour,
        timeZone,
        burySiblings: user.burySiblings ?? base.burySiblings,
        loadBalance: user.loadBalance ?? base.loadBalance,
        easyDays: user.easyDays === undefined ? [...base.easyDays] : parseEasyDays(user.easyDays),
        autoSuspendLeeches: user.autoSuspendLeeches ?? base.autoSuspendLeeches,
      }
    : { ...base, easyDays: [...base.easyDays], timeZone };
  if (deck) {
    merged.newCardsPerDay = deck.newCardsPerDay ?? merged.newCardsPerDay;
    merged.maxReviewsPerDay = deck.maxReviewsPerDay ?? merged.maxReviewsPerDay;
    merged.desiredRetention = deck.desiredRetention ?? merged.desiredRetention;
  }
  return merged;
}

/** The part of the settings FSRS sees: it decides every card's memory state and due date. */
export function schedulerSettingsOf(settings: SchedulingSettings): SchedulerSettings {
  return {
    desiredRetention: settings.desiredRetention,
    maximumInterval: settings.maximumInterval,
    enableFuzz: settings.enableFuzz,
    learningSteps: settings.learningSteps,
    relearningSteps: settings.relearningSteps,
    w: settings.fsrsParameters,
  };
}
