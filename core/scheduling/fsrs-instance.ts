import { checkParameters, fsrs, generatorParameters, type FSRS } from "ts-fsrs";
import type { SchedulerSettings } from "./scheduler";
import { DEFAULT_LEARNING_STEPS, DEFAULT_RELEARNING_STEPS } from "./steps";

// Internal to core/scheduling (not re-exported by index.ts): the FSRS instance is ts-fsrs's own
// type, and nothing outside this folder should reach ts-fsrs through it.

const schedulers = new Map<string, FSRS>();
/** Fitted parameters make settings per user, so the cache is bounded (least recently used goes). */
const MAX_CACHED_SCHEDULERS = 200;

/** One string per distinct scheduling behaviour: equal keys schedule every answer identically. */
export function schedulerKey(settings: SchedulerSettings): string {
  return [
    settings.desiredRetention,
    settings.maximumInterval,
    settings.enableFuzz,
    (settings.learningSteps ?? DEFAULT_LEARNING_STEPS).join(" "),
    (settings.relearningSteps ?? DEFAULT_RELEARNING_STEPS).join(" "),
    settings.w ? settings.w.join(",") : "default",
  ].join("|");
}

/** Parameters as ts-fsrs accepts them, or null (use the defaults) when they are malformed. */
export function checkFsrsParameters(w: unknown): number[] | null {
  if (!Array.isArray(w) || !w.every((value) => typeof value === "number" && Number.isFinite(value))) return null;
  try {
    return Array.from(checkParameters(w as number[]));
  } catch {
    return null;
  }
}

/** ts-fsrs schedulers are immutable once built; cache one per settings combination. */
export function schedulerFor(settings: SchedulerSettings): FSRS {
  const cacheKey = schedulerKey(settings);
  let scheduler = schedulers.get(cacheKey);
  if (scheduler) {
    schedulers.delete(cacheKey);
  } else {
    scheduler = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        maximum_interval: settings.maximumInterval,
        enable_fuzz: settings.enableFuzz,
        learning_steps: [...(settings.learningSteps ?? DEFAULT_LEARNING_STEPS)],
        relearning_steps: [...(settings.relearningSteps ?? DEFAULT_RELEARNING_STEPS)],
        ...(settings.w ? { w: [...settings.w] } : {}),
      }),
    );
  }
  schedulers.set(cacheKey, scheduler);
  if (schedulers.size > MAX_CACHED_SCHEDULERS) schedulers.delete(schedulers.keys().next().value!);
  return scheduler;
}

