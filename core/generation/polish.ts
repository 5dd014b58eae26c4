// Last touches on every text a student sees: the alias parenthesis of the article's subject
// goes, single quotes are made typographic, editorial asides such as "(prompted? accelerated?)"
// are dropped.

import type { Analysis } from "./analysis";
import { collapseSpaces, escapeRegExp } from "./text";
import { findQuotes } from "./tokens";

export function polishText(text: string, analysis: Analysis): string {
  let result = text;
  const alias = analysis.topic?.alias;
  if (alias) result = result.replace(new RegExp(`\\s*\\(\\s*["“‘']?${escapeRegExp(alias)}["”’']?\\s*\\)`, "giu"), "");
  result = result.replace(/\s*\([^()]*\?[^()]*\)/g, "");
  return collapseSpaces(typographicQuotes(result)).replace(/\s+([,.;:!?])/g, "$1");
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
