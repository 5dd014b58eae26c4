// Lists: inline ("five parts: a, b, c, d, and e"; "the principles of X, such as a, b and c";
// "The main features of X are a, b and c"; "universal values (a, b, c)") and spread over the
// sentences after an announcement ("... in five spheres. First of all, ... Additionally, ...").
// When the text announces a count, the items found must match it, or the list is not used.

import { lowerFirstWord, type Analysis } from "./analysis";
import { nounPhraseEndingAt } from "./events";
import type { Enumeration, EnumerationItem } from "./fact-types";
import { COUNT_WORD_PATTERN, NUMBER_WORDS } from "./lexicon";
import { listItemOf } from "./list-items";
import { resolveText } from "./references";
import { clauseEnd, parseClause, splitLeading } from "./syntax";
import { definite, tidyClause } from "./text";

const COUNT = `(${COUNT_WORD_PATTERN})`;
const CONSIST = "(?:consisted|consists|consist|comprised|comprises|included|includes|contained|contains|covered|covers|involved|involves|had|has|have)(?:\\s+of)?";
const INLINE_COUNTED = new RegExp(`^(.*)\\b${COUNT}\\s+((?:main\\s+|key\\s+|principal\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3})\\s*:\\s*(.+?)[.!]?$`, "u");
const SUCH_AS = /,?\s+such as\s+/;
const FEATURES = /^(?:The|Its|Their)\s+((?:main|key|principal|basic|core|central|chief)\s+)?(features|elements|parts|components|principles|goals|aims|objectives|pillars|priorities|tasks|stages|steps|areas)\s+of\s+(.+?)\s+(?:are|were|include|included)\s+(.+?)[.!]?$/u;
const ANNOUNCED_AT_END = new RegExp(`\\b${COUNT}\\s+((?:main\\s+|key\\s+|major\\s+|principal\\s+)?[\\p{L}-]+s)\\s*[.:]?$`, "u");

export function extractEnumerations(analysis: Analysis): Enumeration[] {
  const lists: Enumeration[] = [];
  for (const sentence of analysis.sentences) {
    const text = sentence.text;
    const found = inlineCounted(analysis, sentence.id, text) ?? features(analysis, sentence.id, text) ?? suchAs(sentence.id, text);
    if (found) lists.push(found);
    const parenthetical = parentheticalList(sentence.id, text);
    if (parenthetical) lists.push(parenthetical);
    const spread = spreadList(analysis, sentence.id);
    if (spread) lists.push(spread);
  }
  return lists;
}

function countOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.get(word.toLowerCase());
}

function inlineCounted(analysis: Analysis, sentenceId: number, text: string): Enumeration | undefined {
  const m = INLINE_COUNTED.exec(text);
  if (!m) return undefined;
  const count = countOf(m[2]!);
  // "only four did: ...": the word after the count must name what is counted, not be a verb.
  if (/^(?:did|do|does|was|were|is|are|had|have|has|remained|remain)$/i.test(m[3]!.trim().split(/\s+/).pop()!)) return undefined;
  const items = splitItems(m[4]!, count);
  if (!count || !items || items.length !== count) return undefined;
  const head = m[3]!;
  const owner = new RegExp(`^(?:.*?,\\s+)?(.+?)\\s+${CONSIST}\\s*$`, "u").exec(m[1]!.trim());
  let title = head;
  const ids = [sentenceId];
  if (owner) {
    const resolved = resolveText(analysis, sentenceId, owner[1]!);
    if (!resolved) return undefined;
    title = `${head} of ${definite(resolved.text).replace(/^The\s/, "the ")}`;
    ids.push(...resolved.sentenceIds);
  }
  // "began in 1974 with six target diseases: ...": without an owner the sentence itself is the prompt.
  const blanked = owner ? undefined : tidyClause(`${text.slice(0, m.index + m[0]!.length - m[4]!.length - (/[.!]$/.test(m[0]!) ? 1 : 0)).trimEnd()} _____`);
  return { title, announcedCount: count, items: items.map((item) => ({ text: item, sentenceId })), style: "inline", sentenceIds: [...new Set(ids)].sort((a, b) => a - b), ...(blanked && blanked.length <= 300 ? { blanked } : {}) };
}

function features(analysis: Analysis, sentenceId: number, text: string): Enumeration | undefined {
  const m = FEATURES.exec(text);
  if (!m) return undefined;
  const owner = resolveText(analysis, sentenceId, m[3]!, 0, false);
  const items = splitItems(m[4]!, undefined);
  if (!owner || !items || items.length < 2) return undefined;
  const title = `${m[1] ?? ""}${m[2]} of ${owner.text}`;
  return { title, items: items.map((item) => ({ text: item, sentenceId })), style: "inline", sentenceIds: [...new Set([sentenceId, ...owner.sentenceIds])].sort((a, b) => a - b) };
}

function suchAs(sentenceId: number, text: string): Enumeration | undefined {
  const m = SUCH_AS.exec(text);
  if (!m) return undefined;
  const owner = nounPhraseEndingAt(text.slice(0, m.index));
  if (!owner || !/\bof\b/.test(owner) || !/s$/.test(owner.split(/\s+of\s+/)[0]!)) return undefined;
  const tail = text.slice(m.index + m[0].length);
  const items = splitItems(listEnd(tail), undefined);
  if (!items || items.length < 3) return undefined;
  return { title: owner.replace(/^(?:the|a|an)\s+/i, ""), items: items.map((item) => ({ text: item, sentenceId })), style: "examples", sentenceIds: [sentenceId] };
}

// "universal values (democracy, a market economy, human rights, and the rule of law)"
function parentheticalList(sentenceId: number, text: string): Enumeration | undefined {
  const m = /\b((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s)\s+\(([^()]+)\)/u.exec(text);
  if (!m) return undefined;
  const items = splitItems(m[2]!, undefined);
  if (!items || items.length < 3 || items.some((item) => item.split(/\s+/).length > 4)) return undefined;
  return { title: m[1]!, items: items.map((item) => ({ text: item, sentenceId })), style: "examples", sentenceIds: [sentenceId] };
}

// The list ends with the item after the final "and": "a, b, and c, and setting goals" -> "a, b, and c".
function listEnd(tail: string): string {
  const final = /(?:,\s+|\s+)(?:and|or)\s+/.exec(tail);
  if (!final) return tail;
  const afterFinal = tail.slice(final.index + final[0].length);
  const stop = /[,;.(]|\s+which\b/.exec(afterFinal);
  return tail.slice(0, final.index + final[0].length + (stop ? stop.index : afterFinal.length));
}

/**
 * Items of "a, b, and c" / "a, b and c". Without an Oxford comma the last "and" may join two
 * items or sit inside one ("cultural and human exchange"); a known count decides.
 */
export function splitItems(listText: string, expected: number | undefined): string[] | undefined {
  const parts = splitTopLevel(listText.replace(/[.;]+$/, ""));
  if (parts.length < 2) return undefined;
  const oxford = /^(?:and|or)\s+/.test(parts[parts.length - 1]!);
  const withLast = parts.map((p) => p.replace(/^(?:and|or)\s+/, ""));
  const candidates: string[][] = [withLast];
  if (!oxford) {
    const last = withLast[withLast.length - 1]!;
    const split = /^(.+)\s+(?:and|or)\s+(.+)$/.exec(last);
    if (split) candidates.unshift([...withLast.slice(0, -1), split[1]!, split[2]!]);
  }
  for (const candidate of candidates) {
    const tidy = candidate.map((item) => tidyClause(item.replace(/\s*\([^)]*\)/g, "")));
    // "..., whooping cough, ...": an -ing word may open an item, not an aside, when the count says so.
    for (const merged of [mergeParticiples(tidy), tidy]) {
      if (merged.some((item) => item.length === 0 || item.split(/\s+/).length > 16)) continue;
      if (expected === undefined || merged.length === expected) return merged;
    }
  }
  return undefined;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter((p) => p.length > 0);
}

// "a broad approach to the region, taking into account X": the "-ing" part belongs to the item before.
function mergeParticiples(items: string[]): string[] {
  if (items.length === 0 || /^\p{Ll}+ing\b/u.test(items[0]!)) return items;
  const merged: string[] = [];
  for (const item of items) {
    if (merged.length > 0 && /^\p{Ll}+ing\b/u.test(item)) merged[merged.length - 1] += `, ${item}`;
    else merged.push(item);
  }
  return merged;
}

function spreadList(analysis: Analysis, sentenceId: number): Enumeration | undefined {
  const text = analysis.sentences[sentenceId]!.text;
  const m = ANNOUNCED_AT_END.exec(text);
  if (!m) return undefined;
  const count = countOf(m[1]!);
  if (!count || count < 2 || count > 10) return undefined;
  const head = m[2]!;
  const spans = (analysis.datesBySentence.get(sentenceId) ?? []).map((d) => ({ start: d.start, end: d.end }));
  const body = text.slice(splitLeading(text, spans).bodyStart);
  const ownerSubject = parseClause(body.slice(0, clauseEnd(body, 0)).replace(/[.!?]+$/, ""))?.subject;
  const items: EnumerationItem[] = [];
  for (let id = sentenceId + 1; id < analysis.sentences.length && items.length < count; id++) {
    const item = listItemOf(analysis.sentences[id]!.text, head, items.length, ownerSubject);
    if (!item) break;
    items.push({ text: item, sentenceId: id });
  }
  if (items.length !== count) return undefined;
  const before = text.slice(0, m.index).replace(/\s+(?:to be\s+)?(?:\p{Ll}+(?:ed|en|t)(?:\s+down|\s+up)?\s+)?(?:in|into|across|among|over|on|with|of|for)\s*$/u, "");
  const owner = nounPhraseEndingAt(before.trim());
  let title = owner ? `${head} of ${definite(owner).replace(/^The\s/, "the ")}` : head;
  // "The Company faced four main difficulties." -> "main difficulties the Company faced".
  const clause = owner ? undefined : parseClause(`${body.slice(0, body.length - (text.length - m.index)).trim()} it`);
  if (clause && !clause.auxiliary && clause.rest === "it") {
    const subject = resolveText(analysis, sentenceId, clause.subject);
    if (!subject) return undefined;
    title = `${head} ${lowerFirstWord(subject.text, analysis)} ${clause.adverbs ? `${clause.adverbs} ` : ""}${clause.head}`;
  }
  return { title, announcedCount: count, items, style: "spread", sentenceIds: [sentenceId, ...items.map((i) => i.sentenceId)] };
}
