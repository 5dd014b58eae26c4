// Keys derive from content: the kind, the first words of the prompt and a hash of prompt and
// answer. Regenerating the same article yields the same keys whatever order cards come in.

import { hashString, slugify } from "./text";

export function contentKey(kind: string, prompt: string, answer: string): string {
  const kebab = kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const words = slugify(prompt.replace(/^(?:Fill in the (?:blank|figure):|What|When|Who|Which|Name the|How)\s*/i, ""), 5);
  return [kebab, words, hashString(`${prompt}\u0000${answer}`)].filter((p) => p.length > 0).join("-");
}

/** Appends -2, -3, ... to repeated keys, in the given (stable) order. */
export function uniqueKeys<T extends { key: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = (seen.get(item.key) ?? 0) + 1;
    seen.set(item.key, count);
    return count === 1 ? item : { ...item, key: `${item.key}-${count}` };
  });
}
