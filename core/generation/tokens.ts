// Word tokens and quoted spans of one sentence. Articles mix quote characters (‘X', "X", 'X'),
// and an apostrophe inside a word ("France's") must not close a quote.

export interface QuoteSpan {
  /** Offsets of the whole quotation including its quote marks. */
  start: number;
  end: number;
  /** The quoted words, without a trailing comma or full stop that sat inside the quotes. */
  inner: string;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Inside quotation marks or parentheses: not part of the sentence's own syntax. */
  nested: boolean;
}

const OPENERS = "‘“\"'«";
const CLOSERS_FOR: Record<string, string> = { "‘": "’'", "“": "”\"", "\"": "\"”", "'": "'’", "«": "»" };
const MAX_QUOTE_WORDS = 14;
const MAX_QUOTE_CHARS = 160;

export function findQuotes(sentence: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (!OPENERS.includes(ch)) continue;
    if (i > 0 && !/[\s(\[—–-]/.test(sentence[i - 1]!)) continue;
    if (!/[\p{L}\p{N}]/u.test(sentence[i + 1] ?? "")) continue;
    const closers = CLOSERS_FOR[ch]!;
    // A quotation is short; looking further would make an unclosed quote cost O(n²).
    for (let j = i + 2; j < sentence.length && j < i + MAX_QUOTE_CHARS; j++) {
      const c = sentence[j]!;
      if (!closers.includes(c)) continue;
      if (/[\p{L}\p{N}]/u.test(sentence[j + 1] ?? "") || /\s/.test(sentence[j - 1]!)) continue;
      const raw = sentence.slice(i + 1, j);
      if (raw.split(/\s+/).length <= MAX_QUOTE_WORDS) {
        spans.push({ start: i, end: j + 1, inner: raw.replace(/[,.;:]+$/, "").trim() });
        i = j;
      }
      break;
    }
  }
  return spans;
}

export function tokenize(sentence: string, quotes: readonly QuoteSpan[] = findQuotes(sentence)): Token[] {
  const tokens: Token[] = [];
  const pattern = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’.-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;
  let depth = 0;
  let quoteIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const text = m[0];
    if (text === ")" && depth > 0) depth--;
    while (quoteIndex < quotes.length && quotes[quoteIndex]!.end - 1 <= m.index) quoteIndex++;
    const quote = quotes[quoteIndex];
    const inQuote = quote !== undefined && m.index > quote.start && m.index < quote.end - 1;
    tokens.push({ text, lower: text.toLowerCase(), start: m.index, end: m.index + text.length, word: /[\p{L}\p{N}]/u.test(text), nested: inQuote || depth > 0 });
    if (text === "(") depth++;
  }
  return tokens;
}
