/**
 * Easy days (Anki 24.11): a weekday can take fewer reviews. The load balancer weighs each
 * candidate day by this share of a normal day's load, so reviews move off reduced and minimum
 * days when the fuzz range offers another day; nothing is ever moved outside that range.
 */
export const EASY_DAY_LEVELS = ["normal", "reduced", "minimum"] as const;
export type EasyDay = (typeof EASY_DAY_LEVELS)[number];

/** Monday first. */
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const NORMAL_WEEK: readonly EasyDay[] = Object.freeze(Array<EasyDay>(7).fill("normal"));

const LETTER: Record<EasyDay, string> = { normal: "n", reduced: "r", minimum: "m" };
const BY_LETTER: Record<string, EasyDay> = { n: "normal", r: "reduced", m: "minimum" };

/** The share of a normal day's reviews a day of this level should get (Anki: 1, 0.5, ~0). */
export const EASY_DAY_SHARE: Record<EasyDay, number> = { normal: 1, reduced: 0.5, minimum: 0.0001 };

/** "nnnnnrm" -> seven levels; anything else (a hand-edited row) is a normal week. */
export function parseEasyDays(text: string): EasyDay[] {
  const days = [...text].map((letter) => BY_LETTER[letter]);
  if (days.length !== 7 || days.some((day) => day === undefined)) return [...NORMAL_WEEK];
  return days as EasyDay[];
}

export function formatEasyDays(days: readonly EasyDay[]): string {
  return days.map((day) => LETTER[day]).join("");
}
