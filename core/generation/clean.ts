// Article text in, study text out: the prose paragraphs of a Markdown file, a plain text or a
// scraped web page, without navigation, bylines, footnote definitions or Markdown syntax.
// Paragraphs are joined by a blank line; sentence offsets later point into this exact string.

import { MONTH_BY_NAME } from "./lexicon";
import { stripInlineMarkdown } from "./markdown";

/** Prose paragraphs are usually longer than this; shorter lines need terminal punctuation. */
const SHORT_LINE_WORDS = 15;

export function cleanArticleText(raw: string): string {
  const text = stripFrontMatterBlock(raw.replace(/\r\n?/g, "\n").replace(/[\u00a0\u2009\u202f]/g, " "));
  const paragraphs: string[] = [];
  for (const block of readBlocks(text)) {
    const prose = collapse(stripInlineMarkdown(block.text));
    const withoutCredit = stripTrailingCredit(prose);
    if (withoutCredit.length === 0 || isChrome(withoutCredit, block.listItem)) continue;
    paragraphs.push(withoutCredit);
  }
  return paragraphs.join("\n\n");
}

/**
 * The publication date a scraped page shows on a line of its own before the prose
 * ("04.05.1999", "1999-05-04", "May 4, 1999"), as YYYY-MM-DD.
 */
export function extractPageDate(raw: string): string | undefined {
  for (const line of raw.replace(/\r\n?/g, "\n").split("\n").slice(0, 40)) {
    const trimmed = line.trim();
    // A news dateline ("BERLIN, 11 November 1989 — ...", "NEW YORK, May 11, 1997 — ...") dates the report.
    const dateline = /^\p{Lu}[\p{Lu} .'-]+,\s+(?:(\d{1,2}) ([A-Z][a-z]+)|([A-Z][a-z]+)\.? (\d{1,2})),?\s+(\d{4})\s*[—–-]/u.exec(trimmed);
    if (dateline) {
      const month = MONTH_BY_NAME.get(dateline[2] ?? dateline[3]!);
      if (month) return toIsoDate(Number(dateline[5]), month, Number(dateline[1] ?? dateline[4]));
    }
    if (trimmed.split(/\s+/).length > 5) continue;
    const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(trimmed);
    if (dotted) return toIsoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
    const iso = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(trimmed);
    if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const named = /^([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(trimmed) ?? /^(\d{1,2}) ([A-Z][a-z]+)\.?,? (\d{4})$/.exec(trimmed);
    if (named) {
      const monthFirst = /^[A-Z]/.test(named[1]!);
      const month = MONTH_BY_NAME.get(monthFirst ? named[1]! : named[2]!);
      const day = Number(monthFirst ? named[2] : named[1]);
      if (month) return toIsoDate(Number(named[3]), month, day);
    }
  }
  return undefined;
}

function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function stripFrontMatterBlock(text: string): string {
  const match = /^\uFEFF?---\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

interface Block {
  text: string;
  listItem: boolean;
}

// Markdown soft-wraps paragraphs; list items, headings and definitions are blocks of their own.
function readBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let skippingDefinition = false;
  let inFence = false;
  const flush = () => {
    if (current.length > 0) blocks.push({ text: current.join(" "), listItem: false });
    current = [];
  };
  for (const line of text.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      flush();
      skippingDefinition = false;
      continue;
    }
    if (skippingDefinition && /^\s{2,}\S/.test(line)) continue;
    skippingDefinition = false;
    if (isReferenceDefinition(trimmed)) {
      flush();
      skippingDefinition = true;
      continue;
    }
    if (/^#{1,6}\s/.test(trimmed) || /^(?:[-*_]\s*){3,}$/.test(trimmed) || /^\|/.test(trimmed) || /^<!--/.test(trimmed)) {
      flush();
      continue;
    }
    const listItem = /^(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(trimmed);
    if (listItem) {
      flush();
      blocks.push({ text: listItem[1]!, listItem: true });
      continue;
    }
    const prose = trimmed.replace(/^>\s?/, "");
    if (current.length > 0 && !continuesOnNextLine(current[current.length - 1]!, prose)) flush();
    current.push(prose);
  }
  flush();
  return blocks;
}

// Markdown wraps a paragraph over several lines, but a scraped page puts menu items, bylines and
// dates on consecutive lines: only join a line that visibly runs on.
function continuesOnNextLine(previous: string, next: string): boolean {
  if (/[.!?:]["'’”)\]]*$/.test(previous)) return false;
  if (/^[a-z(]/.test(next) || /(?:[,;–—-]|\b(?:and|or|of|the|a|an|to|in|for|with|by))$/i.test(previous)) return true;
  return previous.split(/\s+/).length >= 6 && !/\p{Script=Cyrillic}|\p{Script=Han}|\p{Script=Arabic}/u.test(previous + next);
}

// Footnote and link definitions are references, not prose: "[^1]: ...", "[1] Author. Title.",
// "[id]: https://...".
function isReferenceDefinition(line: string): boolean {
  return /^\[\^[^\]]+\]:/.test(line) || /^\[\d{1,3}\]\s/.test(line) || /^\[[^\]]+\]:\s*\S+/.test(line);
}

function collapse(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

// Pages often close the article with "Specially for <publication>" on the last line of prose.
function stripTrailingCredit(paragraph: string): string {
  return paragraph
    .replace(/([.!?]["'’”)]*)\s+(?:Specially|Specifically|Exclusively|Written|Prepared|Originally published)(?: written)? for\s+["“‘'«]?[^.!?]{1,80}?["”’'»]?$/u, "$1")
    .trim();
}

function isChrome(paragraph: string, listItem: boolean): boolean {
  const words = paragraph.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return true;
  const latin = (paragraph.match(/[A-Za-z\u00c0-\u024f]/g) ?? []).length;
  const letters = (paragraph.match(/\p{L}/gu) ?? []).length;
  // Navigation and footers of a foreign-language site around an English article.
  if (letters > latin && (words.length < SHORT_LINE_WORDS || latin / letters < 0.9)) return true;
  if (/\s(?:arrow|»|›|>|\/|\|)\s.*\s(?:arrow|»|›|>|\/|\|)\s/.test(paragraph) && words.length < 30) return true;
  if (/^(?:share|print|e-?mail|tweet|comments?|read more|related|tags?:|posted (?:on|by)|last updated|updated|copyright|©|all rights reserved|advertisement|subscribe)\b/i.test(paragraph) && words.length < 12) return true;
  if (listItem) return false;
  if (words.length < 3) return true;
  const terminal = /[.!?:]["'’”)\]]*$/.test(paragraph);
  if (terminal) return false;
  // Headings and bylines: no closing punctuation and short, or mostly capitalised words.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length < SHORT_LINE_WORDS || capitalised / words.length > 0.6;
}
