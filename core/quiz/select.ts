import type { QuestionType } from "./types";

/** mulberry32: a tiny seeded PRNG, so a quiz drawn with the same seed is the same quiz. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Fisher-Yates with a seed; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface PoolQuestion {
  id: string;
  type: QuestionType;
}

/**
 * Draws `count` questions of the chosen types from a deck's pool, spreading them over the types
 * as evenly as the pool allows, in a seeded order. Same pool, types and seed -> same quiz.
 */
export function pickQuestions(pool: readonly PoolQuestion[], types: readonly QuestionType[], count: number, seed: number): string[] {
  const byType = new Map<QuestionType, string[]>();
  for (const type of types) {
    const ids = pool.filter((question) => question.type === type).map((question) => question.id);
    if (ids.length > 0) byType.set(type, seededShuffle([...ids].sort(), seed ^ hash(type)));
  }
  const picked: string[] = [];
  // Round-robin over the types so a 10-question quiz of six types gets every type it can.
  while (picked.length < count && [...byType.values()].some((ids) => ids.length > 0)) {
    for (const ids of byType.values()) {
      const next = ids.shift();
      if (next !== undefined && picked.length < count) picked.push(next);
    }
  }
  return seededShuffle(picked, seed);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
