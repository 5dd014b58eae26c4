// Figures asked in their own clause, with their unit and what they count kept in the prompt:
// "Fill in the figure: Srinivasa Ramanujan left nearly _____ results." -> "3,900". The clause
// (not the whole sentence) is the prompt, its subject resolved, so the blank has one reading.

import type { CardDraft } from "../card-draft";
import type { DateMention } from "../fact-types";
import { tidyClause, upperFirst } from "../text";
import type { Sentence } from "../types";
import type { ArticleReading } from "./read";
import { subjectWords } from "./read";
import { is } from "./tagged";

const UNIT = String.raw`(?:\s?(?:%|per\s?cent|percent|°C|°F)|\s(?:million|billion|trillion|thousand|hundred)(?:\s(?:dollars|pounds|euros|yen|people|tonnes|tons))?|\s(?:km|kilometres|kilometers|miles|metres|meters|feet|ft|kg|tonnes|tons|hectares|acres|square\s(?:kilometres|kilometers|miles|metres)|megacycles|MHz|kHz|degrees|years|days|hours|minutes|seconds|km\/h|mph))?`;
const NUMBER = new RegExp(String.raw`(?<![\p{L}\d.,-])(?:[$£€¥]\s?)?\d{1,3}(?:,\d{3})+(?:\.\d+)?${UNIT}|(?<![\p{L}\d.,-])(?:[$£€¥]\s?)?\d+(?:\.\d+)?${UNIT}|\b(?:a third|a quarter|a half|half|two-thirds|three-quarters|one-third|one-quarter)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens)(?=\s+[\p{Ll}-]+)`, "gu");
const MAX_PROMPT = 300;

export function buildFigureClozeCards(reading: ArticleReading, sentences: readonly Sentence[], datesBySentence: ReadonlyMap<number, DateMention[]>, explain: (ids: number[]) => string): CardDraft[] {
  const drafts: CardDraft[] = [];
  for (const clause of reading.clauses) {
    const text = sentences[clause.sentenceId]!.text;
    const dates = datesBySentence.get(clause.sentenceId) ?? [];
    let start = clause.start;
    if (/^(?:and|but|yet|while|whereas)$/i.test(clause.words[0]!.norm)) start = clause.words[1]?.start ?? start;
    let body = text.slice(start, clause.end);
    let offset = start;
    // Put the resolved subject in place of "he"/"it" so the prompt stands alone.
    if (clause.subjectStart !== undefined) {
      const words = subjectWords(clause);
      const written = text.slice(words[0]!.start, words[words.length - 1]!.end);
      if (words.some((w) => is(w, "Pronoun") || is(w, "Possessive"))) {
        if (!clause.subject) continue;
        const at = words[0]!.start - start;
        body = `${body.slice(0, at)}${clause.subject}${body.slice(at + written.length)}`;
        offset -= clause.subject.length - written.length;
        if (at !== 0) offset = Number.NaN;
      }
    } else if (clause.sharedSubject) continue;
    if (Number.isNaN(offset) && !clause.subject) continue;
    for (const m of body.matchAll(NUMBER)) {
      const at = m.index!;
      const value = m[0]!;
      const absolute = Number.isNaN(offset) ? -1 : at + offset;
      if (dates.some((d) => absolute >= d.start && absolute < d.end)) continue;
      if (/^\d{4}$/.test(value) && /\b(?:in|on|of|since|until|by|from|to)\s$/i.test(body.slice(Math.max(0, at - 6), at))) continue;
      const prompt = `Fill in the figure: ${upperFirst(tidyClause(`${body.slice(0, at)}_____${body.slice(at + value.length)}`).replace(/[,;:]$/, ""))}.`;
      if (prompt.length > MAX_PROMPT || prompt.split("_____").length !== 2) continue;
      drafts.push({ kind: "figure", prompt, answer: value, explanation: explain([clause.sentenceId]), sourceSentenceIds: [clause.sentenceId] });
    }
  }
  return drafts;
}
