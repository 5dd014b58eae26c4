/**
 * Forgiving comparison of typed answers: case, accents, punctuation, extra spaces and a leading
 * article never matter, and a small typo (scaled to the length of the word) is accepted.
 */

const LEADING_ARTICLE = /^(the|a|an) /;
// Words that carry no answer on their own, ignored when comparing word sets.
const FILLER = new Set(["the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "by", "at", "its", "their"]);

export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}$%]+/gu, " ")
    .trim()
    .replace(LEADING_ARTICLE, "");
}

/** Edits allowed for a typo: none in short words, one up to 8 characters, two beyond. */
export function typoAllowance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return 2;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i += 1) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[cols - 1]!;
}

function numbersIn(text: string): string {
  return (text.match(/\d+/g) ?? []).join(" ");
}

/** Within a typo of each other; numbers get no such slack ("28" is never "26"). */
function closeEnough(given: string, expected: string): boolean {
  if (numbersIn(given) !== numbersIn(expected)) return false;
  const allowance = typoAllowance(expected.length);
  return editDistance(given, expected, allowance) <= allowance;
}

function contentWords(text: string): string[] {
  return text.split(" ").filter((word) => word && !FILLER.has(word));
}

/**
 * True when `given` says `expected`: equal after normalising, within a small typo, or — for
 * answers of several words — naming every content word of the answer (each within a typo) and
 * adding little else, so "Yoriko Kawaguci" and "dialogue, political" count but "cooperation" alone does not.
 */
export function answersMatch(given: string, expected: string): boolean {
  const g = normalizeAnswer(given);
  const e = normalizeAnswer(expected);
  if (!g || !e) return false;
  if (g === e || closeEnough(g, e)) return true;
  const expectedWords = contentWords(e);
  const givenWords = contentWords(g);
  if (expectedWords.length < 2 || givenWords.length === 0) return false;
  const unused = [...givenWords];
  for (const word of expectedWords) {
    const index = unused.findIndex((candidate) => closeEnough(candidate, word));
    if (index === -1) return false;
    unused.splice(index, 1);
  }
  return unused.length <= Math.max(1, Math.floor(expectedWords.length / 2));
}
