// Terms and the glosses English gives them in passing: "the craze for Japanese art known as
// Japonisme", "two smaller craft called pirogues", "Anak Krakatau, “child of Krakatoa”", "the
// MOSFET (metal-oxide-semiconductor field-effect transistor)", "the Sunda Strait, the channel
// between Java and Sumatra", "an “enlightened despot”, a ruler with absolute power". Each term
// is asked both ways.

import type { CardDraft } from "../card-draft";
import { upperFirst } from "../text";
import type { Sentence } from "../types";
import { isFiniteVerb } from "./clauses";
import { isRoleNoun, looksLikePerson } from "./referents";
import { is, tagSentence, type Word } from "./tagged";

/** A verb with its object right after it ("reached American scientists"); a participle before "by" or after "that" is fine. */
function hasFiniteVerb(words: readonly Word[]): boolean {
  return words.some((w, i) => {
    if (!is(w, "Verb") || is(w, "Gerund") || /^(?:called|named|known|renamed)$/.test(w.norm) || /^(?:that|which|who|whom|where)$/.test(words[i - 1]?.norm ?? "") || is(words[i - 1], "Copula")) return false;
    const next = words[i + 1];
    return next !== undefined && (is(next, "Determiner") || /^\p{Lu}/u.test(next.text)) && !words.slice(0, i).some((x) => /^(?:that|which|who|whom|where)$/.test(x.norm));
  });
}

/** A gloss ends before a relative clause that starts a new statement about the term ("..., which bans mining"). */
function trimGloss(gloss: string): string {
  // "the 18-month period ... that began on July 1": a date closes a relative clause about the term's history.
  if (/\d$/.test(gloss)) gloss = gloss.replace(/\s+(?:that|which)\s+.*$/, "");
  return gloss.replace(/\s+(?:which|who)\s+(?:is|was|are|were|has|have|had|bans|sets|approves)\b.*$/, "").trim();
}

/** A quoted phrase, or a name, or one lower-case word: never a phrase opening on a preposition or a number. */
const TERM = String.raw`(?:[“"‘']([^”"’']{2,40})[”"’']|(?!(?:in|on|at|by|for|from|to|the|a|an)\b)(\p{Lu}[\p{L}\d’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\d’'-]*){0,3}|\p{Ll}[\p{Ll}-]{2,}))`;
/** The noun phrase right before "called": it may not run over a preposition, "and" or a verb. */
const NAMED_NP = String.raw`\b((?:the|a|an|two|three|four|five|six|several|many|some)\s+(?:(?!(?:the|a|an|in|on|at|of|and|or|was|were|is|are|now|then|still|also|later)\b)[\p{L}-]+\s+){0,4}?(?!(?:now|then|still|also|later)\b)[\p{L}-]+)`;
const KNOWN_AS = new RegExp(String.raw`${NAMED_NP}\s+(?:(?:known|referred to)\s+as|called|named|dubbed)\s+${TERM}(?=[\s,;.)]|$)`, "gu");
const QUOTED_GLOSS = new RegExp(String.raw`(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}),\s+[“"]([^”"]{3,60})[”"]`, "gu");
const PAREN_GLOSS = new RegExp(String.raw`(?:the\s+)?(\p{Lu}[\p{Lu}\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\s+\(([^()]{6,100})\)`, "gu");
const APPOSITIVE = new RegExp(String.raw`(?:^|[\s(])(?:the\s+|an?\s+)?(?:[“"]([^”"]{2,40})[”"]|(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*){0,3})),\s+(?=((?:the|a|an)\s+[^,;:.()]{3,100}))`, "gu");
/** Head nouns of an appositive that describes a place, which may follow a preposition. */
const PLACE_HEAD = /^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:channel|strait|river|lake|island|city|town|port|region|area|territory|village|province|district|valley|mountain|peninsula|bay|coast)\b/u;
/** A lower-case term glossed by a definite noun phrase: "through safeguards, the inspections ... carried out by ...". */
const LOWER_DEFINITE = new RegExp(String.raw`\b(?:through|by|of|with|called|named|from|under)\s+(?:(?:the|a|an)\s+)?(\p{Ll}[\p{Ll}-]{3,}(?:\s+\p{Ll}[\p{Ll}-]{2,}){0,2}),\s+((?:the|a|an)\s+\p{Ll}[^,;:.()]{3,100})`, "gu");
/** "machiya, narrow wooden townhouses that combined ...", "hanafuda, traditional playing cards.": a plural description. */
const LOWER_APPOSITIVE = new RegExp(String.raw`(?<![,;]\s)(?<=\s)(\p{Ll}[\p{Ll}-]{3,}),\s+((?:\p{Ll}[\p{Ll}-]+\s+){0,4}\p{Ll}[\p{Ll}-]*s)(?=\s*[.;]|\s+(?:that|which|whose|made|used|with|such\s+as)\b)([^;:.()]{0,120})`, "gu");

export function buildGlossCards(sentences: readonly Sentence[], explain: (ids: number[]) => string, wordsBySentence: readonly (readonly Word[])[]): CardDraft[] {
  const drafts: CardDraft[] = [];
  const add = (term: string, gloss: string, sentenceId: number, how: "means" | "is" | "called", np?: string) => {
    const cleanTerm = term.replace(/^[“"‘']|[”"’']$/g, "").trim();
    const cleanGloss = gloss.replace(/[,;:\s]+$/, "").trim();
    if (cleanTerm.length < 2 || cleanGloss.split(/\s+/).length < 2 || cleanGloss.toLowerCase().includes(cleanTerm.toLowerCase())) return;
    // A gloss cut inside a number ("nearly 4" of "4,800") or running into a clause is not a gloss.
    if (/\d$/.test(cleanGloss) || /\b(?:was|were|is|are|had|has)\s+\p{Ll}+(?:ing|ed)\b/u.test(cleanGloss)) return;
    if (/^(?:he|she|it|they|this|that|these|those|the|a|an|in|on|at|by)$/i.test(cleanTerm)) return;
    // "edited the genes of twin girls, a claim that was widely condemned": a noun that sums up the clause, not the term.
    if (/^(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:claim|move|decision|step|feat|achievement|act|action|gesture|announcement|statement|record|result|outcome|sign|success|failure|mistake|change|shift|milestone|breakthrough|development|event|first|precedent|blow|setback|victory|defeat)\b/iu.test(cleanGloss)) return;
    // "in the leaves, inside organelles called chloroplasts": a phrase opening on a preposition says where, not what.
    if (/^(?:in|inside|on|at|by|for|from|to|with|within|into|onto|over|under|through|near|across|after|before|during|between|among|outside|behind|beyond|via|without|along|around)\s/i.test(cleanGloss)) return;
    const source = explain([sentenceId]);
    const quoted = `‘${cleanTerm}’`;
    if (how === "called" && np) {
      const be = /(?<!s)s\b/.test(np.split(/\s+/).slice(-1)[0]!) || /^(?:two|three|four|five|several|many)\b/.test(np.replace(/^(?:the|a|an)\s+/, "")) ? "were" : "was";
      drafts.push({ kind: "term", prompt: `What ${be} ${np.replace(/^(?:A|An|The)\b/, (w) => w.toLowerCase())} called?`, answer: cleanTerm, explanation: source, sourceSentenceIds: [sentenceId] });
      drafts.push({ kind: "term", prompt: `What is meant by ${quoted}?`, answer: upperFirst(np), explanation: source, sourceSentenceIds: [sentenceId] });
      return;
    }
    // "antibodies, proteins that bind …": a plural term with a plural description is asked in the plural.
    const plural = /^\p{Ll}[\p{Ll}-]*[^s\W]s$/u.test(cleanTerm) && !/^(?:a|an)\s/i.test(cleanGloss) && /^(?:the\s+)?(?:\p{L}+\s+){0,3}\p{L}*[^s\W]s\b/u.test(cleanGloss);
    const question = how === "means" ? `What does ${quoted} mean?` : `What ${plural ? "are" : "is"} ${quoted}?`;
    drafts.push({ kind: "term", prompt: question, answer: upperFirst(cleanGloss), explanation: source, sourceSentenceIds: [sentenceId] });
    // A translation or gloss ("capital of peace and tranquillity") is quoted; a description reads as a noun phrase.
    const reverse = how === "means" ? `Which term means “${cleanGloss}”?` : `Which term names ${cleanGloss.replace(/^(?:A|An|The)\b/, (w) => w.toLowerCase())}?`;
    drafts.push({ kind: "term", prompt: reverse, answer: cleanTerm, explanation: source, sourceSentenceIds: [sentenceId] });
  };
  for (const sentence of sentences) {
    const text = sentence.text;
    // "a trend called Moore's law": a possessive is the start of the name, not the name.
    // "a remote area of the Pacific Ocean known as Point Nemo": the name is the area's, a noun this pattern does not see.
    for (const m of text.matchAll(KNOWN_AS)) {
      if (/['’]s$/.test(m[2] ?? m[3]!) || /\bof\s+$/.test(text.slice(0, m.index))) continue;
      // "the ninth named storm": "named" before a lower-case noun is an adjective; a name after it is capitalised or quoted.
      if (m[2] === undefined && /^\p{Ll}/u.test(m[3]!) && /\snamed\s+\S+$/.test(m[0]!)) continue;
      add(m[2] ?? m[3]!, m[1]!, sentence.id, "called", m[1]!);
    }
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
    const words = wordsBySentence[sentence.id] ?? [];
    const wordAt = (index: number) => words.find((w) => w.start <= index && index < w.end);
    for (const m of text.matchAll(APPOSITIVE)) {
      const term = m[1] ?? m[2]!;
      if (/^(?:(?:The|A|An|In|On|At|By|For|From|With|After|Before|During)\b|(?:It|He|She|They|This|That|First|Second|Third|Fourth|Fifth|Finally|Last|Next|Then)$)/.test(term)) continue;
      const termAt = m.index! + m[0]!.indexOf(term);
      const before = text.slice(0, termAt);
      // A quoted phrase after a comma is itself a gloss of the word before it ("ukiyo-e, “pictures of ...”").
      if (m[1] && /,\s*[“"]?$/.test(before)) continue;
      // "Francis I, a great admirer of Italian art": a person, whom the who-cards ask about.
      const termWords = words.filter((w) => w.start >= termAt && w.end <= termAt + term.length);
      if (termWords.length > 0 && looksLikePerson(termWords, term)) continue;
      // "Pure and Applied Mathematics": the name started before "and".
      if (/\band\s+$/.test(before)) continue;
      // "Under the name Edo, the city grew …": the term closes an opening phrase, so what follows
      // its comma is the sentence's own clause, not a description of it.
      const opening = /^(?:(?:and|but|then)\s+)?(?:in|on|at|by|for|from|with|under|after|before|during|as|to|through|across|near|since|within|without|beyond|behind)\s/i.test(before.replace(/^.*[;:]\s*/, ""));
      // "From 1641 the post on Dejima, a small island in Nagasaki harbour, was …" is an appositive: its closing comma is followed by the verb.
      const glossEnd = m.index! + m[0]!.length + m[3]!.length;
      const closedByVerb = text[glossEnd] === "," && isFiniteVerb(words.find((w) => w.start > glossEnd));
      if (opening && !closedByVerb && !words.some((w) => w.end <= termAt && isFiniteVerb(w))) continue;
      const gloss = trimGloss(m[3]!);
      // "South Africa, the Soviet Union and the United States", "Moscow, the Treaty on ...": another name, a list.
      if (/^(?:the|a|an)\s+\p{Lu}/u.test(gloss) || /\b(?:and|or)\s+(?:the|a|an)\s/.test(gloss)) continue;
      const glossWords = tagSentence(gloss);
      const head = glossWords.find((w, i, all) => is(w, "Noun") && !is(all[i + 1], "Noun") && !is(all[i + 1], "Possessive"));
      if (!head || is(head, "Pronoun") || (!m[1] && (isRoleNoun(head.norm) || is(head, "Actor")))) continue;
      // "In Washington, the news reached American scientists": a clause, not a description.
      if (hasFiniteVerb(glossWords)) continue;
      // "Russia annexed Crimea, a project managed by ...": after a place, only a place noun describes the place.
      if (termWords.some((w) => is(w, "Place") || is(w, "Country") || is(w, "City")) && !PLACE_HEAD.test(gloss)) continue;
      // "signed the Magna Charta in Bologna, a declaration ...": after a preposition that follows a noun,
      // the appositive may describe that noun; only a place noun is sure to describe the place.
      const prep = /\b(in|at|on|from|to|near|into|of|by|with)\s+(?:the\s+)?[“"]?$/i.exec(before);
      if (prep && !PLACE_HEAD.test(gloss)) {
        // "a member of the Politburo, the ruling party's ...": after a role, the appositive is not the person's.
        const previous = wordAt(prep.index - 2);
        if (!previous || !(is(previous, "Verb") || (prep[1]!.toLowerCase() === "of" && (isRoleNoun(previous.norm) || /^(?:members?|head|chair)$/.test(previous.norm))))) continue;
      }
      add(term, gloss, sentence.id, "is");
    }
    for (const m of text.matchAll(LOWER_DEFINITE)) {
      const gloss = trimGloss(m[2]!);
      const glossWords = tagSentence(gloss);
      const head = glossWords.find((w, i, all) => is(w, "Noun") && !is(all[i + 1], "Noun") && !is(all[i + 1], "Possessive"));
      if (/\band\s+(?:the|a|an)\b/.test(gloss) || gloss.split(/\s+/).length < 4 || hasFiniteVerb(glossWords)) continue;
      if (!head || is(head, "Pronoun") || isRoleNoun(head.norm) || is(head, "Actor")) continue;
      add(m[1]!, gloss, sentence.id, "is");
    }
    for (const m of text.matchAll(LOWER_APPOSITIVE)) {
      const gloss = trimGloss(`${m[2]!}${m[3] ?? ""}`);
      // "wheat, barley and oats": a list, not a gloss.
      if (/\b(?:and|or)\b/.test(m[2]!) || /^\s*,\s*\p{Ll}+\s*(?:,|and\b)/u.test(text.slice(m.index! + m[0]!.length))) continue;
      // "maintain armies, make treaties ...", "died, probably of ...": a description opens on an adjective or a noun.
      const first = tagSentence(m[2]!)[0];
      if (!first || !(is(first, "Adjective") || is(first, "Noun")) || is(first, "Verb") || is(first, "Gerund")) continue;
      // "in cool, dry conditions": two adjectives of one noun, not a term and its description.
      const termWord = wordAt(m.index! + m[0]!.indexOf(m[1]!));
      if (termWord && is(termWord, "Adjective") && !is(termWord, "Noun")) continue;
      add(m[1]!, gloss, sentence.id, "is");
    }
  }
  return drafts;
}
