// Last touches on every text a student sees: the alias parenthesis of the article's subject
// goes, single quotes are made typographic, editorial asides such as "(prompted? accelerated?)"
// are dropped.

import type { Analysis } from "./analysis";
import { closeParentheses, closeQuotes, collapseSpaces, escapeRegExp } from "./text";
import { findQuotes } from "./tokens";

export function polishText(text: string, analysis: Analysis): string {
  let result = text;
  const alias = analysis.topic?.alias;
  if (alias) result = result.replace(new RegExp(`\\s*\\(\\s*["“‘']?${escapeRegExp(alias)}["”’']?\\s*\\)`, "giu"), "");
  result = result.replace(/\s*\([^()]*\?[^()]*\)/g, "");
  return closeParentheses(closeQuotes(collapseSpaces(typographicQuotes(result)).replace(/\s+([,.;:!?])/g, "$1")));
}

/** A relative time at a question's end: true wherever it sits, but its anchor is off the card ("three years later"). */
const RELATIVE_TIME_END =
  /\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|afterwards?|before)|the\s+(?:following|next|previous)\s+(?:day|week|month|year|spring|summer|autumn|fall|winter)|soon\s+after(?:wards)?|shortly\s+after(?:wards)?)(?=\?$)/u;

/**
 * Words a question can lose without losing its fact, which only lean on the sentences around it:
 * a birth name after "born" ("When was Ada Lovelace born Augusta Ada Byron in London?"), an
 * intensive "himself" after a name, a relative time at the end ("Who became the Earl three years
 * later?"), and "for this discovery" at the end, whose referent is in another sentence. Clozes and
 * statements keep every word: the student sees them against the sentence.
 */
export function tidyQuestionPrompt(prompt: string): string {
  if (!/^(?:Who|When|What|Which|Where|How)\b[^?]*\?$/u.test(prompt)) return prompt;
  // "Who was crowned the next day?" cut to "Who was crowned?" would fit everyone crowned.
  const relative = prompt.replace(RELATIVE_TIME_END, "");
  const kept = relative.split(/\s+/).length >= 4 ? relative : prompt;
  return kept
    .replace(/\bborn(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|von|van|di|da))*\s+\p{Lu}[\p{L}'’.-]*(?=\s+(?:in|on|at|near)\b|\?$)/u, "born")
    .replace(/(\p{Lu}[\p{L}'’-]+)\s+(?:himself|herself|itself|themselves)\b(?!\?)/u, "$1")
    .replace(/\s+(?:for|after|despite|because of)\s+(?:this|that|these|those)\s+\p{Ll}+(?=\?$|\s+(?:in|on)\s+[^?]*\d{4}\?$)/u, "")
    .replace(/\s*,\s*\?$/, "?");
}

/** ‘X' and 'X' become ‘X’; every other character stays where it was (same length). */
export function typographicQuotes(text: string): string {
  const units = text.split("");
  for (const quote of findQuotes(text)) {
    const open = units[quote.start];
    const close = units[quote.end - 1];
    if ((open === "'" || open === "‘") && (close === "'" || close === "’")) {
      units[quote.start] = "‘";
      units[quote.end - 1] = "’";
    }
  }
  return units.join("");
}
