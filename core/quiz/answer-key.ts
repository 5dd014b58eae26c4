import type { PresentedQuestion } from "./present";
import type { QuestionSpec } from "./types";

/** A, B, C… for printed options and matching columns. */
export const letter = (index: number) => String.fromCharCode(65 + index);

/**
 * The answer to a printed question in the terms the paper uses: the letter of a multiple-choice
 * option, "True"/"False", the timeline's items in order, matching pairs as number -> letter
 * (the letters of the shuffled right column), the list, the typed answer.
 */
export function answerKeyLine(spec: QuestionSpec, shown: PresentedQuestion): string {
  switch (spec.type) {
    case "multipleChoice":
      return `${letter(spec.correctIndex)}. ${spec.options[spec.correctIndex] ?? ""}`;
    case "trueFalse":
      return spec.isTrue ? "True" : `False${spec.correction ? ` (${spec.correction})` : ""}`;
    case "timeline":
      return spec.items.map((item) => `${item.label} (${item.date})`).join(" → ");
    case "matching": {
      if (shown.type !== "matching") return "";
      const letterOf = new Map(shown.right.map((item, position) => [item.index, letter(position)]));
      return spec.pairs.map((pair, index) => `${index + 1}–${letterOf.get(index) ?? "?"} (${pair.right})`).join(", ");
    }
    case "listRecall":
      return spec.items.join("; ");
    case "typed":
      return spec.answer;
  }
}
