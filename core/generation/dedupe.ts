// Duplicate and near-duplicate removal. Cards are grouped by their normalised answer, so the
// pairwise comparison only runs inside small groups and the whole pass stays near-linear.

import { normalizeForCompare } from "./text";

/** Share of words two prompts have in common (Jaccard), from 0 to 1. */
export function promptSimilarity(a: string, b: string): number {
  const left = new Set(normalizeForCompare(a).split(" "));
  const right = new Set(normalizeForCompare(b).split(" "));
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared || 1);
}

const NEAR_DUPLICATE = 0.8;

/** Keeps the first of each set of items whose prompts are the same or nearly the same for one answer. */
export function dedupe<T extends { prompt: string; answer: string }>(items: readonly T[]): T[] {
  const kept: T[] = [];
  const prompts = new Set<string>();
  const byAnswer = new Map<string, T[]>();
  for (const item of items) {
    const prompt = normalizeForCompare(item.prompt);
    if (prompts.has(prompt)) continue;
    const answer = normalizeForCompare(item.answer);
    const group = byAnswer.get(answer) ?? [];
    if (group.some((other) => promptSimilarity(other.prompt, item.prompt) >= NEAR_DUPLICATE)) continue;
    group.push(item);
    byAnswer.set(answer, group);
    prompts.add(prompt);
    kept.push(item);
  }
  return kept;
}
