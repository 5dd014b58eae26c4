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
const NUMBER = new RegExp(String.raw`(?<![\p{L}\d.,:-])(?:[$£€¥]\s?)?\d{1,3}(?:,\d{3})+(?:\.\d+)?${UNIT}|(?<![\p{L}\d.,:-])(?:[$£€¥]\s?)?\d+(?!\d*:\d|\d*\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock))(?:\.\d+)?[½¼¾]?(?:[-–]\d+(?:\.\d+)?)?${UNIT}|\b(?:a third|a quarter|a half|half|two-thirds|three-quarters|one-third|one-quarter)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?=\s+[\p{Ll}-]+)`, "gu");
const MAX_PROMPT = 300;

export function buildFigureClozeCards(reading: ArticleReading, sentences: readonly Sentence[], datesBySentence: ReadonlyMap<number, DateMention[]>, explain: (ids: number[]) => string): CardDraft[] {
  const drafts: CardDraft[] = [];
  for (const clause of reading.clauses) {
    const text = sentences[clause.sentenceId]!.text;
    const dates = datesBySentence.get(clause.sentenceId) ?? [];
    let start = clause.start;
    if (/^(?:and|but|yet|while|whereas)$/i.test(clause.words[0]!.norm)) start = clause.words[1]?.start ?? start;
    // The clause with its subject resolved ("he" -> "Srinivasa Ramanujan", a shared subject
    // written out), as pieces that remember where they stood in the sentence (-1: not written there).
    const pieces: Array<{ text: string; at: number }> = [];
    const verbAt = clause.words[clause.verb]!.start;
    if (clause.subjectStart !== undefined) {
      const words = subjectWords(clause);
      const pronoun = words.some((w) => is(w, "Pronoun") || is(w, "Possessive"));
      if (pronoun && !clause.subject) continue;
      const subjectAt = words[0]!.start;
      pieces.push({ text: text.slice(start, subjectAt), at: start });
      pieces.push(pronoun ? { text: `${clause.subject} `, at: -1 } : { text: text.slice(subjectAt, verbAt), at: subjectAt });
    } else if (clause.sharedSubject && clause.subject) {
      pieces.push({ text: `${clause.subject} `, at: -1 });
    } else continue;
    pieces.push({ text: text.slice(verbAt, clause.end), at: verbAt });
    // A news dateline ("BERLIN, 11 November 1989 — ") is not part of the clause.
    const dateline = /^\p{Lu}[\p{Lu} .'-]+,[^—–]{3,40}[—–]\s*/u.exec(pieces[0]?.text ?? "");
    if (dateline && pieces[0]!.at >= 0) pieces[0] = { text: pieces[0]!.text.slice(dateline[0].length), at: pieces[0]!.at + dateline[0].length };
    const body = pieces.map((p) => p.text).join("");
    // "A famous story links him to ...": a pronoun the clause does not resolve leaves the blank without a referent.
    if (/\b(?:him|them|he|she|they|it)\b/i.test(body)) continue;
    const absoluteAt = (index: number): number => {
      let seen = 0;
      for (const piece of pieces) {
        if (index < seen + piece.text.length) return piece.at < 0 ? -1 : piece.at + index - seen;
        seen += piece.text.length;
      }
      return -1;
    };
    for (const m of body.matchAll(NUMBER)) {
      const at = m.index!;
      const value = m[0]!;
      // "the 27th": an ordinal day, not a figure.
      if (/^\p{L}/u.test(body.slice(at + value.length))) continue;
      // "the two began a long friendship", "the three men": a number word after "the" points back; it states no figure.
      if (/^\p{Ll}/u.test(value) && /\bthe\s+$/i.test(body.slice(0, at))) continue;
      // "Photo 51", "Apollo 11": a number after a capitalised name word is part of the name.
      if (/^\d/.test(value) && /[\p{L},;]\s\p{Lu}\p{Ll}+\s$/u.test(body.slice(Math.max(0, at - 30), at))) continue;
      const absolute = absoluteAt(at);
      if (dates.some((d) => absolute >= d.start && absolute < d.end)) continue;
      // A four-digit number from 1000 to 2100 is a year ("a 2002 BBC poll") unless the text calls it a number.
      if (/^\d{4}$/.test(value) && Number(value) >= 1000 && Number(value) <= 2100 && !/\b(?:number|numbers|No\.)\s+$/i.test(body.slice(Math.max(0, at - 9), at))) continue;
      const prompt = `Fill in the figure: ${upperFirst(tidyClause(`${body.slice(0, at)}_____${body.slice(at + value.length)}`).replace(/[,;:]$/, ""))}.`;
      if (prompt.length > MAX_PROMPT || prompt.split("_____").length !== 2) continue;
      drafts.push({ kind: "figure", prompt, answer: value, explanation: explain([clause.sentenceId]), sourceSentenceIds: [clause.sentenceId] });
    }
  }
  return drafts;
}
