// Shared pieces of the quiz question builders.

import type { Analysis } from "./analysis";
import type { Facts } from "./fact-types";
import type { QuizQuestion } from "./types";

/** A question before keying: the fact id is given by the builder for a dated event, else taken from its first sentence. */
type WithoutKey<T> = T extends unknown ? Omit<T, "key" | "factId"> & { fact?: string } : never;
export type QuestionDraft = WithoutKey<QuizQuestion>;

export interface QuestionContext {
  analysis: Analysis;
  facts: Facts;
}

export function explainQuestion(ctx: QuestionContext, ids: readonly number[], note?: string): string {
  const quoted = [...ids].sort((a, b) => a - b).map((id) => ctx.analysis.sentences[id]!.text).join(" ");
  return note ? `${quoted} (${note})` : quoted;
}
