import { formatEasyDays } from "./easy-days";
import { schedulerKey } from "./fsrs-instance";
import { mergeSchedulingSettings, schedulerSettingsOf, type SchedulingSettings, type StoredDeckSettings, type StoredUserSettings } from "./settings";

/** The settings form's values: every stored field but the optimizer's parameters, and the time zone. */
export type UserSettingsValues = Required<Omit<StoredUserSettings, "fsrsParameters">> & { timeZone: string };

/** Everything stored about one user's scheduling: what the merge reads. */
export interface SchedulingContext {
  timeZone: string;
  user: StoredUserSettings | null;
  decks: ReadonlyMap<string, StoredDeckSettings>;
}

/** The merged settings for one deck, or the user's own (`deckId` null). */
export function settingsForDeck(context: SchedulingContext, deckId: string | null): SchedulingSettings {
  return mergeSchedulingSettings(context.user, deckId ? (context.decks.get(deckId) ?? null) : null, context.timeZone);
}

/** The context after saving the settings form; the optimizer's parameters are kept. */
export function withUserSettings(context: SchedulingContext, input: UserSettingsValues): SchedulingContext {
  const { timeZone, ...fields } = input;
  return { ...context, timeZone, user: { ...fields, fsrsParameters: context.user?.fsrsParameters ?? null } };
}

/** The context after saving a deck's overrides. */
export function withDeckSettings(context: SchedulingContext, deckId: string, input: StoredDeckSettings): SchedulingContext {
  const decks = new Map(context.decks);
  decks.set(deckId, input);
  return { ...context, decks };
}

/** The context with new optimizer parameters (null = back to ts-fsrs's defaults). */
export function withFsrsParameters(context: SchedulingContext, parameters: readonly number[] | null): SchedulingContext {
  const base = context.user ?? storedDefaults();
  return { ...context, user: { ...base, fsrsParameters: parameters ? JSON.stringify(parameters) : null } };
}

function storedDefaults(): StoredUserSettings {
  const defaults = mergeSchedulingSettings(null, null, "UTC");
  return {
    desiredRetention: defaults.desiredRetention,
    maximumInterval: defaults.maximumInterval,
    newCardsPerDay: defaults.newCardsPerDay,
    maxReviewsPerDay: defaults.maxReviewsPerDay,
    learningSteps: defaults.learningSteps.join(" "),
    relearningSteps: defaults.relearningSteps.join(" "),
    enableFuzz: defaults.enableFuzz,
    dayStartHour: defaults.dayStartHour,
    fsrsParameters: null,
    burySiblings: defaults.burySiblings,
    loadBalance: defaults.loadBalance,
    easyDays: formatEasyDays(defaults.easyDays),
    autoSuspendLeeches: defaults.autoSuspendLeeches,
  };
}

/** True when FSRS would schedule some card of `deckId` (or the user's, for null) differently. */
export function fsrsSettingsDiffer(before: SchedulingContext, after: SchedulingContext, deckId: string | null): boolean {
  return schedulerKey(schedulerSettingsOf(settingsForDeck(before, deckId))) !== schedulerKey(schedulerSettingsOf(settingsForDeck(after, deckId)));
}
