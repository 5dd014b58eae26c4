/**
 * Learning and relearning steps in ts-fsrs's syntax: whole minutes, hours or days, such as
 * "1m 10m" or "1d". An empty list is allowed: FSRS then schedules those cards in days itself.
 */
export type Step = `${number}${"m" | "h" | "d"}`;

export const DEFAULT_LEARNING_STEPS: readonly Step[] = ["1m", "10m"];
export const DEFAULT_RELEARNING_STEPS: readonly Step[] = ["10m"];

const MAX_STEPS = 10;
/** A step longer than a year is surely a typo; Anki also warns long before that. */
const MAX_STEP_MINUTES = 365 * 1440;
const MINUTES_PER_UNIT = { m: 1, h: 60, d: 1440 } as const;
// ts-fsrs reads the number with parseInt, so "1.5m" would silently mean 1m: only whole numbers pass.
const STEP_PATTERN = /^([1-9]\d{0,5})([mhd])$/;

export type ParsedSteps = { ok: true; steps: Step[] } | { ok: false; message: string };

/** Parses "1m 10m" (spaces or commas between steps) into ts-fsrs steps, or says what is wrong. */
export function parseSteps(text: string): ParsedSteps {
  const tokens = text
    .trim()
    .split(/[\s,]+/)
    .filter((token) => token.length > 0);
  if (tokens.length > MAX_STEPS) return { ok: false, message: `Use at most ${MAX_STEPS} steps.` };
  const steps: Step[] = [];
  for (const token of tokens) {
    const match = STEP_PATTERN.exec(token);
    if (!match) {
      return { ok: false, message: `“${token}” is not a step: write a whole number followed by m, h or d, such as 10m, 1h or 1d.` };
    }
    const unit = match[2] as keyof typeof MINUTES_PER_UNIT;
    if (Number(match[1]) * MINUTES_PER_UNIT[unit] > MAX_STEP_MINUTES) {
      return { ok: false, message: `“${token}” is longer than a year.` };
    }
    steps.push(token as Step);
  }
  return { ok: true, steps };
}

/** Steps as stored and shown: "1m 10m". */
export function formatSteps(steps: readonly Step[]): string {
  return steps.join(" ");
}

/** Length of one step in minutes. */
export function stepMinutes(step: Step): number {
  const unit = step.slice(-1) as keyof typeof MINUTES_PER_UNIT;
  return Number(step.slice(0, -1)) * MINUTES_PER_UNIT[unit];
}
