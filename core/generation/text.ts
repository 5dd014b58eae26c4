// Small string helpers shared by the extractors and card builders.

/** 32-bit FNV-1a, hex. Stable across runs and platforms; used for keys, not for security. */
export function hashString(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Lower-case ASCII words joined by dashes, at most `maxWords` of them. */
export function slugify(value: string, maxWords = 6): string {
  const words = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0 && !SLUG_STOPWORDS.has(w));
  return words.slice(0, maxWords).join("-");
}

const SLUG_STOPWORDS = new Set(["the", "a", "an", "of", "in", "on", "at", "to", "and", "was", "were", "did", "what", "when", "who", "which"]);

/** For comparing texts: lower case, straight quotes gone, punctuation and spaces collapsed. */
export function normalizeForCompare(value: string): string {
  return value
    .toLowerCase()
    .replace(/[‘’“”"'«»`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** Capitalises the first letter when the text starts with a word (after quote marks). */
export function upperFirst(value: string): string {
  const m = /^["“‘'«]?\p{Ll}/u.exec(value);
  if (!m) return value;
  const i = m[0].length - 1;
  return value.slice(0, i) + value.charAt(i).toUpperCase() + value.slice(i + 1);
}

/** Tidies a clause cut out of a sentence: stray commas, doubled spaces, space before punctuation. */
export function tidyClause(value: string): string {
  return collapseSpaces(
    value
      .replace(/\(\s*\)/g, "")
      .replace(/\s+([,.;:!?])/g, "$1")
      .replace(/,\s*,/g, ",")
      .replace(/^[\s,;:–—-]+/, "")
      .replace(/[\s,;:–—-]+$/, ""),
  );
}

/** Ends a clause with a full stop unless it already ends with terminal punctuation. */
export function asStatement(value: string): string {
  const clause = closeParentheses(closeQuotes(upperFirst(tidyClause(value))));
  return /[.!?]["'’”)]*$/.test(clause) ? clause : `${clause}.`;
}

/** 'received the prize "for her contribution to peace': a quotation cut before its end is closed again. */
export function closeQuotes(value: string): string {
  const straight = (value.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return /[.!?]$/.test(value) ? `${value.slice(0, -1)}"${value.slice(-1)}` : `${value}"`;
  const open = (value.match(/“/g) ?? []).length;
  const close = (value.match(/”/g) ?? []).length;
  if (open > close) return /[.!?]$/.test(value) ? `${value.slice(0, -1)}”${value.slice(-1)}` : `${value}”`;
  return value;
}

/** "joined the African National Congress (ANC": a parenthesis cut before its end is closed again. */
export function closeParentheses(value: string): string {
  const open = (value.match(/\(/g) ?? []).length - (value.match(/\)/g) ?? []).length;
  if (open !== 1 || !/\([^()]*$/.test(value)) return value;
  return /[.!?]$/.test(value) ? `${value.slice(0, -1)})${value.slice(-1)}` : `${value})`;
}

/** Removes a trailing full stop, keeping "?" and closing quotes. */
export function stripFinalStop(value: string): string {
  return value.replace(/\s*\.(?=["'’”)]*$)/, "").trim();
}

/** Typographic single quotes around a term, whatever quote characters the article used. */
export function quoteTerm(term: string): string {
  return `‘${term}’`;
}

export function stripQuotes(value: string): string {
  return value.replace(/^[‘“"'«]+/, "").replace(/[’”"'»]+$/, "").trim();
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words of a text, letters and digits only, lower-cased. */
export function contentWords(value: string): string[] {
  return normalizeForCompare(value)
    .split(" ")
    .filter((w) => w.length > 0);
}

export function wordCount(value: string): number {
  return value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** "A" -> "The" at the start of a noun phrase, so a phrase introduced in the text can be referred to. */
export function definite(phrase: string): string {
  return phrase.replace(/^(?:a|an)\s+/i, (m) => (m[0] === "A" ? "The " : "the "));
}

export function uniqueSorted(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}
