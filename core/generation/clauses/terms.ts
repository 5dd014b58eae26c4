// Terms and the glosses English gives them in passing: "the craze for Japanese art known as
// Japonisme", "two smaller craft called pirogues", "Anak Krakatau, “child of Krakatoa”", "the
// MOSFET (metal-oxide-semiconductor field-effect transistor)", "the Sunda Strait, the channel
// between Java and Sumatra", "an “enlightened despot”, a ruler with absolute power". Each term
// is asked both ways.

import type { CardDraft } from "../card-draft";
import { upperFirst } from "../text";
import type { Sentence } from "../types";

/** A quoted phrase, or a name, or one lower-case word: never a phrase opening on a preposition or a number. */
const TERM = String.raw`(?:[“"‘']([^”"’']{2,40})[”"’']|(?!(?:in|on|at|by|for|from|to|the|a|an)\b)(\p{Lu}[\p{L}\d’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\d’'-]*){0,3}|\p{Ll}[\p{Ll}-]{2,}))`;
/** The noun phrase right before "called": it may not run over a preposition, "and" or a verb. */
const NAMED_NP = String.raw`\b((?:the|a|an|two|three|four|five|six|several|many|some)\s+(?:(?!(?:the|a|an|in|on|at|of|and|or|was|were|is|are|now|then|still|also|later)\b)[\p{L}-]+\s+){0,4}?(?!(?:now|then|still|also|later)\b)[\p{L}-]+)`;
const KNOWN_AS = new RegExp(String.raw`${NAMED_NP}\s+(?:(?:known|referred to)\s+as|called|named|dubbed)\s+${TERM}(?=[\s,;.)]|$)`, "gu");
const QUOTED_GLOSS = new RegExp(String.raw`(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}),\s+[“"]([^”"]{3,60})[”"]`, "gu");
const PAREN_GLOSS = new RegExp(String.raw`(?:the\s+)?(\p{Lu}[\p{Lu}\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\s+\(([^()]{6,100})\)`, "gu");
const APPOSITIVE = new RegExp(String.raw`(?:^|[\s(])(?:the\s+|an?\s+)?(?:[“"]([^”"]{2,40})[”"]|(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*){0,3})),\s+((?:the|a|an)\s+(?:channel|strait|register|list|principle|practice|doctrine|policy|body|council|assembly|term|word|phrase|process|method|technique|device|instrument|machine|style|genre|school|movement|ruler|system|treaty|agreement|document|declaration|region|area|zone|river|lake|island|city|town|port|state|territory|organ|agency|network|form|kind|type|class|group|set|family|material|materials|substance|compound|element|particle|unit|measure)\b[^,;:.()]{0,90})`, "gu");
const LOWER_APPOSITIVE = new RegExp(String.raw`\b(\p{Ll}[\p{Ll}-]{3,}),\s+((?:materials|substances|structures|devices|people|animals|plants|buildings|houses|cards|prints|boats|ships|tools|instruments|works)\s+(?:such\s+as|that|which|whose|made|used|with|of|in)\b[^;:.()]{3,120})`, "gu");

export function buildGlossCards(sentences: readonly Sentence[], explain: (ids: number[]) => string): CardDraft[] {
  const drafts: CardDraft[] = [];
  const add = (term: string, gloss: string, sentenceId: number, how: "means" | "is" | "called", np?: string) => {
    const cleanTerm = term.replace(/^[“"‘']|[”"’']$/g, "").trim();
    const cleanGloss = gloss.replace(/[,;:\s]+$/, "").trim();
    if (cleanTerm.length < 2 || cleanGloss.split(/\s+/).length < 2 || cleanGloss.toLowerCase().includes(cleanTerm.toLowerCase())) return;
    // A gloss cut inside a number ("nearly 4" of "4,800") or running into a clause is not a gloss.
    if (/\d$/.test(cleanGloss) || /\b(?:was|were|is|are|had|has)\s+\p{Ll}+(?:ing|ed)\b/u.test(cleanGloss)) return;
    if (/^(?:he|she|it|they|this|that|these|those|the|a|an|in|on|at|by)$/i.test(cleanTerm)) return;
    const source = explain([sentenceId]);
    const quoted = `‘${cleanTerm}’`;
    if (how === "called" && np) {
      const be = /(?<!s)s\b/.test(np.split(/\s+/).slice(-1)[0]!) || /^(?:two|three|four|five|several|many)\b/.test(np.replace(/^(?:the|a|an)\s+/, "")) ? "were" : "was";
      drafts.push({ kind: "term", prompt: `What ${be} ${np.replace(/^(?:A|An|The)\b/, (w) => w.toLowerCase())} called?`, answer: cleanTerm, explanation: source, sourceSentenceIds: [sentenceId] });
      drafts.push({ kind: "term", prompt: `What is meant by ${quoted}?`, answer: upperFirst(np), explanation: source, sourceSentenceIds: [sentenceId] });
      return;
    }
    const question = how === "means" ? `What does ${quoted} mean?` : `What is ${quoted}?`;
    drafts.push({ kind: "term", prompt: question, answer: upperFirst(cleanGloss), explanation: source, sourceSentenceIds: [sentenceId] });
    // A translation or gloss ("capital of peace and tranquillity") is quoted; a description reads as a noun phrase.
    const reverse = how === "means" ? `Which term means “${cleanGloss}”?` : `Which term names ${cleanGloss.replace(/^(?:A|An|The)\b/, (w) => w.toLowerCase())}?`;
    drafts.push({ kind: "term", prompt: reverse, answer: cleanTerm, explanation: source, sourceSentenceIds: [sentenceId] });
  };
  for (const sentence of sentences) {
    const text = sentence.text;
    for (const m of text.matchAll(KNOWN_AS)) add(m[2] ?? m[3]!, m[1]!, sentence.id, "called", m[1]!);
    for (const m of text.matchAll(QUOTED_GLOSS)) {
      if (/^(?:The|A|An|In|On|It|He|She|They)$/.test(m[1]!)) continue;
      add(m[1]!, m[2]!, sentence.id, "means");
    }
    for (const m of text.matchAll(PAREN_GLOSS)) {
      const gloss = m[2]!;
      if (/\d{3,4}|^(?:the|a|an)\s|\b(?:see|cf|pp?)\b|,/.test(gloss) || /^(?:The|A|An|In|On)$/.test(m[1]!)) continue;
      const initials = gloss.split(/[\s-]+/).map((w) => w.charAt(0).toUpperCase()).join("");
      if (initials.startsWith(m[1]!.replace(/[^A-Z]/g, "").slice(0, 3)) && /^[A-Z]{2,}/.test(m[1]!)) {
        drafts.push({ kind: "term", prompt: `What does ${m[1]} stand for?`, answer: gloss, explanation: explain([sentence.id]), sourceSentenceIds: [sentence.id] });
        drafts.push({ kind: "term", prompt: `What is the abbreviation of ${gloss}?`, answer: m[1]!, explanation: explain([sentence.id]), sourceSentenceIds: [sentence.id] });
      } else add(m[1]!, gloss, sentence.id, "means");
    }
    for (const m of text.matchAll(APPOSITIVE)) {
      const term = m[1] ?? m[2]!;
      if (/^(?:The|A|An|In|On|At|By|It|He|She|They|This|That)$/.test(term)) continue;
      const before = text.slice(0, m.index! + m[0]!.indexOf(term));
      // A quoted phrase after a comma is itself a gloss of the word before it ("ukiyo-e, “pictures of ...”").
      if (m[1] && /,\s*[“"]?$/.test(before)) continue;
      // "signed the Magna Charta in Bologna, a declaration ...": after a preposition the appositive
      // may describe the earlier noun; only a place noun is sure to describe the place.
      if (/\b(?:in|at|on|from|to|near|into|of|by|with)\s+(?:the\s+)?[“"]?$/i.test(before) && !/^(?:the|a|an)\s+(?:channel|strait|river|lake|island|city|town|port|region|area|territory)\b/.test(m[3]!)) continue;
      add(term, m[3]!, sentence.id, "is");
    }
    for (const m of text.matchAll(LOWER_APPOSITIVE)) add(m[1]!, m[2]!, sentence.id, "is");
  }
  return drafts;
}
