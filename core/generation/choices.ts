// Deterministic option handling for quiz questions: picking distractors and placing the correct
// option at a position derived from the question's content (never Math.random).

import { hashString, normalizeForCompare } from "./text";

/**
 * Up to `count` distractors from `pool` (already ordered by preference), skipping anything equal
 * to the answer or to another pick after normalisation, and anything `isCorrect` accepts.
 */
export function pickDistractors(answer: string, pool: readonly string[], count: number, isCorrect: (option: string) => boolean = () => false): string[] {
  const seen = new Set([normalizeForCompare(answer)]);
  const picked: string[] = [];
  for (const option of pool) {
    const key = normalizeForCompare(option);
    if (seen.has(key) || isCorrect(option)) continue;
    seen.add(key);
    picked.push(option);
    if (picked.length === count) break;
  }
  return picked;
}

/** Options with the answer inserted at a content-derived index; undefined without enough distractors. */
export function arrangeOptions(seed: string, answer: string, distractors: readonly string[]): { options: string[]; correctIndex: number } | undefined {
  if (distractors.length < 3) return undefined;
  const sorted = [...distractors.slice(0, 3)].sort((a, b) => (hashString(seed + a) < hashString(seed + b) ? -1 : 1));
  const correctIndex = parseInt(hashString(seed).slice(-2), 16) % 4;
  const options = [...sorted];
  options.splice(correctIndex, 0, answer);
  return { options, correctIndex };
}

/** Candidates ordered by closeness of a number to `target` (for dates: nearest in time first). */
export function byCloseness<T>(items: readonly T[], value: (item: T) => number, target: number, label: (item: T) => string): T[] {
  return [...items].sort((a, b) => Math.abs(value(a) - target) - Math.abs(value(b) - target) || (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0));
}
