import { datesMatch } from "./date-match";
import { answersMatch } from "./text-match";
import type { Grade, QuestionResponse, QuestionSpec } from "./types";

const NO_ANSWER = "(no answer)";

/** Scores one response against its question. A response of another type, or none, scores 0. */
export function gradeResponse(spec: QuestionSpec, response: QuestionResponse | null): Grade {
  const expected = describeExpected(spec);
  if (!response || response.type !== spec.type) return { score: 0, correct: false, expected, given: NO_ANSWER };
  const score = scoreOf(spec, response);
  return { score, correct: score === 1, expected, given: describeGiven(spec, response) };
}

function scoreOf(spec: QuestionSpec, response: QuestionResponse): number {
  switch (spec.type) {
    case "multipleChoice":
      return response.type === "multipleChoice" && response.choice === spec.correctIndex ? 1 : 0;
    case "trueFalse":
      return response.type === "trueFalse" && response.value === spec.isTrue ? 1 : 0;
    case "timeline":
      return response.type === "timeline" ? orderingScore(response.order, spec.items.length) : 0;
    case "matching":
      return response.type === "matching" ? matchingScore(response.choices, spec.pairs.length) : 0;
    case "listRecall":
      return response.type === "listRecall" ? listScore(response.items, spec.items) : 0;
    case "typed":
      return response.type === "typed" && typedMatches(response.text, spec) ? 1 : 0;
  }
}

/**
 * Share of item pairs the student put in the right relative order (Kendall's tau as a 0-1
 * score), so swapping two neighbours costs little and reversing everything scores 0.
 */
export function orderingScore(order: number[], count: number): number {
  if (count < 2) return 1;
  const valid = order.length === count && new Set(order).size === count && order.every((i) => Number.isInteger(i) && i >= 0 && i < count);
  if (!valid) return 0;
  let concordant = 0;
  for (let a = 0; a < count; a += 1) {
    for (let b = a + 1; b < count; b += 1) if (order[a]! < order[b]!) concordant += 1;
  }
  return concordant / ((count * (count - 1)) / 2);
}

/** Share of left items matched with their own right item; the right items are in spec order. */
export function matchingScore(choices: number[], count: number): number {
  if (count === 0) return 1;
  let right = 0;
  for (let i = 0; i < count; i += 1) if (choices[i] === i) right += 1;
  return right / count;
}

/** Share of the expected items the student named, in any order, each name used once. */
export function listScore(given: string[], expected: string[]): number {
  if (expected.length === 0) return 1;
  const remaining = [...expected];
  let found = 0;
  for (const answer of given) {
    const index = remaining.findIndex((item) => answersMatch(answer, item));
    if (index === -1) continue;
    remaining.splice(index, 1);
    found += 1;
  }
  return found / expected.length;
}

function typedMatches(text: string, spec: Extract<QuestionSpec, { type: "typed" }>): boolean {
  if (spec.date) return datesMatch(text, spec.date) || answersMatch(text, spec.answer);
  return [spec.answer, ...spec.accepted].some((accepted) => answersMatch(text, accepted));
}

export function describeExpected(spec: QuestionSpec): string {
  switch (spec.type) {
    case "multipleChoice":
      return spec.options[spec.correctIndex] ?? "";
    case "trueFalse":
      return spec.isTrue ? "True" : `False${spec.correction ? ` — ${spec.correction}` : ""}`;
    case "timeline":
      return spec.items.map((item) => `${item.label} (${item.date})`).join(" → ");
    case "matching":
      return spec.pairs.map((pair) => `${pair.left} — ${pair.right}`).join("; ");
    case "listRecall":
      return spec.items.join("; ");
    case "typed":
      return spec.answer;
  }
}

function describeGiven(spec: QuestionSpec, response: QuestionResponse): string {
  switch (response.type) {
    case "multipleChoice":
      return spec.type === "multipleChoice" ? (spec.options[response.choice] ?? NO_ANSWER) : NO_ANSWER;
    case "trueFalse":
      return response.value ? "True" : "False";
    case "timeline":
      return spec.type === "timeline" ? response.order.map((i) => spec.items[i]?.label ?? "?").join(" → ") : NO_ANSWER;
    case "matching":
      return spec.type === "matching"
        ? spec.pairs.map((pair, i) => `${pair.left} — ${spec.pairs[response.choices[i] ?? -1]?.right ?? "?"}`).join("; ")
        : NO_ANSWER;
    case "listRecall":
      return response.items.filter((item) => item.trim()).join("; ") || NO_ANSWER;
    case "typed":
      return response.text.trim() || NO_ANSWER;
  }
}
