// Numbers worth remembering: money, percentages, durations, measures and counts of things.
// Years and dates are left to dates.ts; a number inside a date mention is never a figure.

import type { Analysis } from "./analysis";
import type { Figure, FigureKind } from "./fact-types";
import { CURRENCY_WORDS, MAGNITUDE_WORDS, NUMBER_WORDS } from "./lexicon";

// "3½ points", "1-2 percent", "400-500 °C": a fraction or a range is one figure.
const NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[½¼¾]?(?:[-–]\\d+(?:\\.\\d+)?)?";
const WORD_NUMBER = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|one|a dozen)";
const AMOUNT = `(?:${NUMBER}|${WORD_NUMBER})`;

const PATTERNS: Array<{ kind: FigureKind; regex: RegExp }> = [
  { kind: "money", regex: new RegExp(`(?:US\\$|\\$|€|£|¥)\\s?${NUMBER}(?:\\s?(?:${MAGNITUDE_WORDS}|bn))?|\\b${AMOUNT}\\s+(?:(?:${MAGNITUDE_WORDS})\\s+)?(?:US\\s+)?(?:${CURRENCY_WORDS})\\b`, "gi") },
  { kind: "percent", regex: new RegExp(`\\b${NUMBER}\\s?(?:%|per\\s?cent\\b)`, "gi") },
  // "1 hour and 35 minutes": one duration in two units.
  { kind: "duration", regex: new RegExp(`\\b${AMOUNT}\\s+(?:hours?|days?|years?)\\s+and\\s+${AMOUNT}\\s+(?:minutes|hours|days|months)\\b`, "gi") },
  { kind: "duration", regex: new RegExp(`\\b${AMOUNT}[- ](?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?)(?:-long)?\\b(?!\\s+(?:ago|later|earlier|afterwards?|before))`, "gi") },
  // "two-thirds of the island", "a quarter of the crew": a share.
  { kind: "percent", regex: /\b(?:(?:two|three|four)-(?:thirds|quarters|fifths)|one-(?:third|quarter|half|fifth)|a (?:third|quarter))(?= of\b)/gi },
  { kind: "measure", regex: new RegExp(`\\b${NUMBER}°(?:\\s?[CF]\\b)?`, "g") },
  { kind: "measure", regex: new RegExp(`\\b${NUMBER}(?:\\s(?:million|billion|thousand))?\\s?(?:km|kilometres|kilometers|metres|meters|m|ft|feet|miles|tonnes|tons|kg|kilograms|hectares|square (?:kilometres|kilometers|metres|meters|miles|feet)|cubic metres|storeys|stories|floors|rivets)\\b`, "gi") },
  // "died ..., aged 53": an age.
  { kind: "count", regex: /(?<=\baged\s+(?:just\s+|about\s+|only\s+)?)\d{1,3}\b/g },
  // No "i" flag: with it, \p{Ll} would match capitals too ("11, Paris was").
  // The counted noun is a plural: "-ss" and "-us" end singulars and verbs ("14,000 ships pass"), not plurals.
  { kind: "count", regex: new RegExp(`\\b(?:${NUMBER}|${WORD_NUMBER})\\s+(?:(?:[\\p{Ll}-]+\\s+)?[\\p{Ll}-]*[^su\\s]s\\b|of\\s+(?:which|whom|them)\\b)`, "gu") },
];

export function extractFigures(analysis: Analysis): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of analysis.sentences) {
    const taken: Array<[number, number]> = (analysis.datesBySentence.get(sentence.id) ?? []).map((d) => [d.start, d.end]);
    for (const { kind, regex } of PATTERNS) {
      regex.lastIndex = 0;
      for (let m = regex.exec(sentence.text); m; m = regex.exec(sentence.text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        if (kind === "count" && !isCount(m[0])) continue;
        // "the Six-Day War", "the Hundred Years' War": a capitalised number word inside a sentence names something.
        if (start > 0 && /^\p{Lu}\p{Ll}/u.test(m[0])) continue;
        taken.push([start, end]);
        // "three of which share borders": the figure is the number alone.
        const text = kind === "count" ? m[0].replace(/\s+of\s+(?:which|whom|them)$/, "") : m[0];
        const figure: Figure = { kind, text, sentenceId: sentence.id, start, end: start + text.length };
        const value = valueOf(text);
        if (value !== undefined) figure.value = value;
        figures.push(figure);
      }
    }
  }
  return figures.sort((a, b) => a.sentenceId - b.sentenceId || a.start - b.start);
}

// "four years" is a duration, "1990 people" looks like a year: neither is a count.
function isCount(text: string): boolean {
  const [number] = text.split(/\s+/);
  if (/^\d{4}$/.test(number!) && Number(number) >= 1000 && Number(number) <= 2100) return false;
  return !/^(?:one|a)\b/i.test(text);
}

function valueOf(text: string): number | undefined {
  // "two-thirds", "a quarter", "3½": a fraction has no whole number a student could type for it.
  if (/\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b|[½¼¾⅓⅔]/i.test(text)) return undefined;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
  let value = digits ? Number(digits[0].replace(/,/g, "")) : undefined;
  if (value === undefined) {
    const word = /^(?:a\s+)?([a-z]+)/i.exec(text)?.[1]?.toLowerCase();
    value = word ? NUMBER_WORDS.get(word) : undefined;
  }
  if (value === undefined) return undefined;
  if (/\bthousand\b/i.test(text)) value *= 1e3;
  if (/\bmillion\b/i.test(text)) value *= 1e6;
  if (/\b(?:billion|bn)\b/i.test(text)) value *= 1e9;
  if (/\btrillion\b/i.test(text)) value *= 1e12;
  return value;
}
