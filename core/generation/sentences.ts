// Sentence boundaries with offsets into the cleaned text. A line break always ends a sentence;
// inside a line, ".", "!" or "?" ends one only when a capital, digit or quote follows and the
// word before the dot is not an abbreviation ("Dr.", "U.S.", "P.9.", an initial).

import { SENTENCE_STARTERS, TITLE_ABBREVIATIONS, WEAK_ABBREVIATIONS } from "./lexicon";

/** Abbreviations that are also words and stand before a number when they abbreviate. */
const NUMBERED_ABBREVIATIONS = new Set(["art", "no", "nos", "vol", "vols", "fig", "figs", "pp", "p", "ch", "sec", "op"]);
import type { Sentence } from "./types";

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const linePattern = /[^\n]+/g;
  for (let line = linePattern.exec(text); line; line = linePattern.exec(text)) {
    for (const [start, end] of splitLine(line[0])) {
      const absoluteStart = line.index + start;
      sentences.push({ id: sentences.length, start: absoluteStart, end: line.index + end, text: text.slice(absoluteStart, line.index + end) });
    }
  }
  return sentences;
}

function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = skipSpaces(line, 0);
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < line.length && /[.!?"'’”)\]»]/.test(line[end]!)) {
      if ((line[end] === ")" || line[end] === "]") && depth > 0) depth--;
      end++;
    }
    if (end < line.length && !/\s/.test(line[end]!)) {
      i = end - 1;
      continue;
    }
    const next = skipSpaces(line, end);
    if (next >= line.length) break;
    if (depth === 0 && endsSentence(line, i, next)) {
      spans.push([start, trimEnd(line, start, end)]);
      start = next;
    }
    i = end - 1;
  }
  if (start < line.length) {
    const end = trimEnd(line, start, line.length);
    if (end > start) spans.push([start, end]);
  }
  return spans;
}

function endsSentence(line: string, punctuationAt: number, next: number): boolean {
  const following = line.slice(next, next + 40);
  const opensSentence = /^(?:[\p{Lu}\p{N}]|["'‘“«(\[][\p{Lu}\p{N}])/u.test(following);
  if (!opensSentence) return false;
  if (line[punctuationAt] !== ".") return true;
  const before = /([\p{L}\p{N}.]+)$/u.exec(line.slice(Math.max(0, punctuationAt - 20), punctuationAt))?.[1] ?? "";
  const word = before.replace(/^\.+/, "").toLowerCase();
  const nextWord = (/^["'‘“«(]?([\p{L}]+)/u.exec(following)?.[1] ?? "").toLowerCase();
  if (word.length === 0) return true;
  // An initial ("J. Smith") or a dotted acronym ("U.S.", "H.E.Mr") only ends a sentence
  // before a typical opener.
  // A decimal number ("$49.95.") is no acronym: its dot ends the sentence.
  const dotted = word.includes(".") && /\p{L}/u.test(word);
  const initial = /^\p{L}$/u.test(word) && /\p{Lu}/u.test(before);
  if (dotted || initial) {
    if (TITLE_ABBREVIATIONS.has(word.replace(/\.$/, ""))) return false;
    return SENTENCE_STARTERS.has(nextWord);
  }
  if (WEAK_ABBREVIATIONS.has(word)) return SENTENCE_STARTERS.has(nextWord);
  // "Art. 5", "No. 3", "p. 22" abbreviate before a number; "patron of learning and art. She" ends a sentence.
  if (NUMBERED_ABBREVIATIONS.has(word)) return !/^[\p{N}IVXLC]/u.test(following);
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  return true;
}

function skipSpaces(line: string, from: number): number {
  let i = from;
  while (i < line.length && /\s/.test(line[i]!)) i++;
  return i;
}

function trimEnd(line: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(line[e - 1]!)) e--;
  return e;
}
