import { seededShuffle } from "./select";
import type { QuestionSpec } from "./types";

/**
 * A question as the student sees it before submitting: no answer key, and the orderable or
 * matchable items shuffled by a seed, so a reload shows the same order.
 */
export type PresentedQuestion =
  | { type: "multipleChoice"; prompt: string; options: string[] }
  | { type: "trueFalse"; prompt: string; statement: string }
  | { type: "timeline"; prompt: string; items: { index: number; label: string }[] }
  | { type: "matching"; prompt: string; left: string[]; right: { index: number; label: string }[] }
  | { type: "listRecall"; prompt: string; count: number }
  | { type: "typed"; prompt: string; expectsDate: boolean };

export function presentQuestion(spec: QuestionSpec, seed: number): PresentedQuestion {
  switch (spec.type) {
    case "multipleChoice":
      return { type: spec.type, prompt: spec.prompt, options: spec.options };
    case "trueFalse":
      return { type: spec.type, prompt: spec.prompt, statement: spec.statement };
    case "timeline": {
      const items = spec.items.map((item, index) => ({ index, label: item.label }));
      let shuffled = seededShuffle(items, seed);
      // A shuffle that happens to be the answer would give the question away.
      if (shuffled.every((item, position) => item.index === position)) shuffled = [...shuffled.slice(1), shuffled[0]!];
      return { type: spec.type, prompt: spec.prompt, items: shuffled };
    }
    case "matching":
      return {
        type: spec.type,
        prompt: spec.prompt,
        left: spec.pairs.map((pair) => pair.left),
        right: seededShuffle(
          spec.pairs.map((pair, index) => ({ index, label: pair.right })),
          seed,
        ),
      };
    case "listRecall":
      return { type: spec.type, prompt: spec.prompt, count: spec.items.length };
    case "typed":
      return { type: spec.type, prompt: spec.prompt, expectsDate: spec.date !== undefined };
  }
}

/** A 32-bit seed from text (an attempt and question id), for per-question shuffles. */
export function seedFrom(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
