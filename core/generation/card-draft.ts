// Shared pieces of the card builders.

import type { Analysis } from "./analysis";
import type { ArticleReading } from "./clauses/read";
import type { Facts, PersonRole } from "./fact-types";
import { NUMBER_WORD_BY_VALUE } from "./lexicon";
import type { CardKind } from "./types";

export interface CardDraft {
  kind: CardKind;
  prompt: string;
  answer: string;
  explanation: string;
  sourceSentenceIds: number[];
  /** What makes two drafts one fact asked two ways; factIdOf falls back to the first source sentence. */
  fact?: string;
  /** 0-1, with the reason when it is low (GeneratedCard.confidence); DEFAULT_CONFIDENCE when unset. */
  confidence?: number;
  doubt?: string;
}

export const DEFAULT_CONFIDENCE = 0.8;

/**
 * A fact's id: the builder's own (a dated event: its sentence and date) or, without one, the first
 * sentence the card rests on, since cards from one sentence give each other away.
 */
export function factIdOf(draft: { fact?: string; sourceSentenceIds: readonly number[] }): string {
  return draft.fact ?? `s${Math.min(...draft.sourceSentenceIds)}`;
}

export interface BuildContext {
  analysis: Analysis;
  facts: Facts;
  reading: ArticleReading;
}

/** The source sentences, in order, as the explanation of a card; `note` adds a derivation. */
export function explain(ctx: Pick<BuildContext, "analysis">, ids: readonly number[], note?: string): string {
  const quoted = [...ids].sort((a, b) => a - b).map((id) => ctx.analysis.sentences[id]!.text).join(" ");
  return note ? `${quoted} (${note})` : quoted;
}

export function countWord(n: number): string {
  return NUMBER_WORD_BY_VALUE.get(n) ?? String(n);
}

/** "then foreign minister Ann Lee", "Ann Lee, as Prime Minister,". */
export function namedWithRole(name: string, role: PersonRole | undefined): string {
  if (!role) return name;
  if (role.qualifier === "as" || role.qualifier === "became") return `${name}, as ${role.title},`;
  return `${role.qualifier ? `${role.qualifier} ` : ""}${role.title} ${name}`;
}

/** "Ann Lee (then foreign minister)", "Ann Lee (as Prime Minister)". */
export function nameWithRoleNote(name: string, role: PersonRole | undefined): string {
  if (!role) return name;
  const qualifier = role.qualifier === "became" ? "as" : role.qualifier === "the" ? undefined : role.qualifier;
  return `${name} (${qualifier ? `${qualifier} ` : ""}${role.title})`;
}

/** Ends a question cleanly: "..., as Prime Minister,?" -> "..., as Prime Minister?". */
export function tidyQuestion(question: string): string {
  return question.replace(/,\s*\?$/, "?").replace(/,\s*,/g, ",").replace(/\s+/g, " ").replace(/,\s*(in|on|at)\s/g, " $1 ").trim();
}
