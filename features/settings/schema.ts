import { z } from "zod";
import { EASY_DAY_LEVELS, formatEasyDays, NORMAL_WEEK, formatSteps, isValidTimeZone, parseSteps, RETENTION_MAX, RETENTION_MIN } from "@/core/scheduling";

// Form fields arrive as strings; numbers are coerced, and every message names the allowed range.
const integer = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be between ${min} and ${max}.`)
    .max(max, `${label} must be between ${min} and ${max}.`);

const retention = z.coerce
  .number({ error: "Desired retention must be a number such as 0.90." })
  .min(RETENTION_MIN, `Desired retention must be between ${RETENTION_MIN.toFixed(2)} and ${RETENTION_MAX}.`)
  .max(RETENTION_MAX, `Desired retention must be between ${RETENTION_MIN.toFixed(2)} and ${RETENTION_MAX}.`)
  // Two decimals are all the form offers; rounding keeps 0.9 and 0.90000001 the same setting.
  .transform((value) => Math.round(value * 100) / 100);

/** "1m 10m" -> the same text, normalised; a clear message when a step is malformed. */
const steps = z.string().max(200).transform((text, context) => {
  const parsed = parseSteps(text);
  if (!parsed.ok) {
    context.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }
  return formatSteps(parsed.steps);
});

export const userSettingsSchema = z.object({
  desiredRetention: retention,
  maximumInterval: integer("Maximum interval", 1, 36500),
  newCardsPerDay: integer("New cards per day", 0, 9999),
  maxReviewsPerDay: integer("Maximum reviews per day", 0, 99999),
  learningSteps: steps,
  relearningSteps: steps,
  enableFuzz: z.boolean(),
  dayStartHour: integer("The hour a new day starts", 0, 23),
  timeZone: z.string().trim().min(1, "Choose a time zone.").max(64).refine(isValidTimeZone, "That is not a time zone this server knows, such as Europe/Berlin."),
  // Older clients do not send these; the defaults apply.
  burySiblings: z.boolean().default(true),
  loadBalance: z.boolean().default(true),
  easyDays: z.array(z.enum(EASY_DAY_LEVELS)).length(7, "Choose a level for each weekday.").default([...NORMAL_WEEK]).transform(formatEasyDays),
  autoSuspendLeeches: z.boolean().default(false),
});
export type UserSettingsInput = z.output<typeof userSettingsSchema>;

/** Empty means "use my general setting". */
const inherit = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === undefined ? null : value), schema.nullable());

export const deckSettingsSchema = z.object({
  desiredRetention: inherit(retention),
  newCardsPerDay: inherit(integer("New cards per day", 0, 9999)),
  maxReviewsPerDay: inherit(integer("Maximum reviews per day", 0, 99999)),
});
export type DeckSettingsInput = z.output<typeof deckSettingsSchema>;

/** Scheduling changes are applied only once the user has seen the preview and confirmed. */
export const saveUserSettingsSchema = z.object({ values: z.record(z.string(), z.unknown()), confirm: z.boolean().default(false) });
export const saveDeckSettingsSchema = saveUserSettingsSchema.extend({ deckSlug: z.string().min(1).max(120) });
