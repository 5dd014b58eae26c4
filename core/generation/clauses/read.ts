// Reads the whole article clause by clause, in order, resolving each clause's subject against
// what came before it. The builders of dated events, people and figures all start from here.

import type { Sentence } from "../types";
import { splitClauses, type Clause } from "./clauses";
import { findMainSubject, genderOf, isRoleNoun, isNameLike, mainSubjectFromTitle, isPersonFullName, looksLikePerson, resolveSubject, type MainSubject, type Referents } from "./referents";
import { is, tagSentence, type Word } from "./tagged";

export interface ReadClause extends Clause {
  /** The subject as the card should name it ("Srinivasa Ramanujan" for "he"); undefined when unresolved. */
  subject?: string;
  /** The subject as written. */
  writtenSubject?: string;
  /** The subject names a person. */
  personSubject: boolean;
}

export interface ArticleReading {
  clauses: ReadClause[];
  main?: MainSubject;
  /** Full names by surname, for "Hardy" -> "G. H. Hardy". */
  fullNames: Map<string, string>;
  /** The sentence that first writes each full name out. */
  nameSentences: Map<string, number>;
  /** Each sentence's tagged words, by sentence id: tagged once, read by every builder. */
  wordsBySentence: Word[][];
}

export function readArticle(sentences: readonly Sentence[], title?: string): ArticleReading {
  const wordsBySentence = sentences.map((s) => tagSentence(s.text));
  const all = sentences.map((s) => splitClauses(s.id, s.text, wordsBySentence[s.id]!));
  // Sentences that open on "He"/"She" continue a person's story; on "It", a thing's.
  const opening = (pattern: RegExp) => sentences.filter((s) => pattern.test(s.text)).length;
  const pronouns = {
    person: opening(/^(?:He|She|His|Her)\b/),
    thing: opening(/^(?:It|Its)\b/),
    he: opening(/^(?:He|His)\b/),
    she: opening(/^(?:She|Her)\b/),
  };
  const firstClause = all.flat()[0];
  const main = (firstClause ? findMainSubject(firstClause, sentences[firstClause.sentenceId]!.text, pronouns) : undefined) ?? mainSubjectFromTitle(title, pronouns);
  const { names: fullNames, firstSentence: nameSentences } = collectFullNames(sentences, main);
  const refs: Referents = main ? { main } : {};
  const clauses: ReadClause[] = [];
  all.forEach((sentenceClauses, sentenceIndex) => {
    // "The Montreal Protocol on Substances that Deplete the Ozone Layer is a treaty …" yields no
    // clause, but a sentence that opens on the main subject's name still makes it what "it" is next.
    const opening = sentences[sentenceIndex]?.text;
    // "The Danube Delta, most of which …" opens on the name too, but a capitalised word after it makes another thing.
    if (sentenceClauses.length === 0 && opening !== undefined) {
      const opensOnMain = main && !main.person && opening.toLowerCase().startsWith(main.name.toLowerCase()) && !/^\s+\p{Lu}/u.test(opening.slice(main.name.length));
      refs.previous = opensOnMain ? main.name : undefined;
    }
    for (const clause of sentenceClauses) {
      const sentence = sentences[clause.sentenceId]!.text;
      let subject: string | undefined;
      let written: string | undefined;
      let person = false;
      if (clause.subjectStart === undefined) {
        const before = clauses[clauses.length - 1];
        if (before && before.sentenceId === clause.sentenceId) {
          subject = before.subject;
          written = before.writtenSubject;
          person = before.personSubject;
        }
      } else {
        const words = subjectWords(clause);
        written = sentence.slice(words[0]!.start, words[words.length - 1]!.end).replace(/\s*\([^)]*\)?/g, "");
        subject = resolveSubject(refs, words, written, clause.sentenceId);
        const named = words.filter((w) => !is(w, "Determiner"));
        const fullName = named.length === 1 && isNameLike(named) ? fullNames.get(written) : undefined;
        if (subject && words.length === 1 && /^(?:he|she)$/.test(words[0]!.norm)) person = true;
        else if (fullName && ((main && !main.person && fullName === main.name) || PLACE_FIRST.test(fullName))) {
          // "Baikal was declared …" in an article on Lake Baikal: the place by its full name, no person.
          subject = fullName;
        } else if (fullName && isPersonFullName(fullName)) {
          // "Röntgen spent ...": a surname alone is the person its full name named before.
          person = true;
          subject = fullName;
        }
        else if (isNameLike(named) && looksLikePerson(named, written)) person = true;
        else if ((clause.namedAfterRole || roleFollows(clause)) && isPersonFullName(written) && !named.some((w) => is(w, "Place") || is(w, "Organization"))) person = true;
        else if (subject) {
          const name = personIn(words, sentence);
          if (name) {
            person = true;
            subject = name;
          }
        }
      }
      if (subject && person) {
        // A pronoun subject keeps the gender it was resolved with; a name brings its own, if known.
        const pronoun = clause.subjectStart !== undefined ? subjectWords(clause)[0]?.norm : undefined;
        const gender = pronoun === "she" ? "f" : pronoun === "he" ? "m" : subject === main?.name ? main.gender : genderFromName(clause, sentences[clause.sentenceId]!.text);
        refs.lastPerson = { name: subject, sentenceId: clause.sentenceId, ...(gender ? { gender } : {}) };
      }
      refs.previous = subject;
      clauses.push({ ...clause, ...(subject ? { subject } : {}), ...(written ? { writtenSubject: written } : {}), personSubject: person });
    }
  });
  return { clauses, ...(main ? { main } : {}), fullNames, nameSentences, wordsBySentence };
}

/** Names of places that open on what kind of place they are: "Lake Baikal", "Mount Fuji". */
const PLACE_FIRST = /^(?:Lake|Mount|Mt\.?|River|Cape|Port|Fort|Gulf|Bay|Isle|Island|Loch|Glen|Lac|Monte|Rio)\s/;

/**
 * The person a longer subject names: "the British chemist William Crookes" -> "William Crookes",
 * "the young Queen Christina" -> "Queen Christina", "John Bardeen and Walter Brattain" as is.
 */
function personIn(words: readonly Word[], sentence: string): string | undefined {
  const parts: Word[][] = [[]];
  for (const w of words) {
    if (w.norm === "and") parts.push([]);
    else parts[parts.length - 1]!.push(w);
  }
  // "John Bardeen and Walter Brattain", "William Henry Bragg and his son William Lawrence Bragg": both, as written.
  const endsInName = (p: Word[]): boolean => {
    let from = p.length;
    while (from > 0 && isNameLike(p.slice(from - 1))) from--;
    const run = p.slice(from);
    return run.length >= 2 && looksLikePerson(run, sentence.slice(run[0]!.start, run[run.length - 1]!.end)) && (from === 0 || /^(?:his|her|their)$/.test(p[0]!.norm));
  };
  if (parts.length === 2 && parts.every(endsInName)) return sentence.slice(words[0]!.start, words[words.length - 1]!.end);
  // "Watson and Francis Crick", "Watson, Crick and Wilkins": every name of the list, as written.
  if (parts.length >= 2 && parts.every((p) => p.length > 0 && isNameLike(p)) && parts.some((p) => looksLikePerson(p, sentence.slice(p[0]!.start, p[p.length - 1]!.end)))) {
    return sentence.slice(words[0]!.start, words[words.length - 1]!.end);
  }
  let from = words.length;
  while (from > 0 && isNameLike(words.slice(from - 1))) from--;
  const run = words.slice(from);
  if (from === 0 || run.length === 0) return undefined;
  // "Watson and Francis Crick" where the first is not read as a name: never the last one alone.
  if (words[from - 1]!.norm === "and" || words[from - 1]!.post.includes(",")) return undefined;
  // "four American warships under Commodore Matthew Perry": the head is the warships, not the name.
  if (words.slice(0, from).some((w) => is(w, "Preposition") || w.norm === "of")) return undefined;
  const text = sentence.slice(run[0]!.start, run[run.length - 1]!.end);
  const titled = is(words[from - 1], "Actor") || is(run[0], "Honorific") || /^(?:chemist|physicist|engineer|explorer|painter|poet|writer|scientist|mathematician|leader|minister|president|chancellor|premier|emperor|king|queen|general|admiral|captain|commodore|cardinal|astronomer|inventor|architect|composer|novelist|historian|philosopher|economist|diplomat|psychiatrist|physician|doctor|surgeon|officer|trader|merchant|missionary|monk|priest)$/.test(words[from - 1]!.norm);
  // "the programming language Ada", "the ship Victoria": a common noun that is no title or role names a thing.
  const before = words[from - 1]!;
  if (!titled && is(before, "Noun") && /^\p{Ll}/u.test(before.text) && !isRoleNoun(before.norm)) return undefined;
  return (titled && isPersonFullName(text)) || looksLikePerson(run, text) ? text : undefined;
}

/** "Tung Chee-hwa, a shipping magnate, was ...": a name followed by a role set off by commas is a person. */
function roleFollows(clause: Clause): boolean {
  if (clause.subjectEnd === undefined || !clause.words[clause.subjectEnd - 1]?.post.includes(",")) return false;
  const aside: Word[] = [];
  for (let i = clause.subjectEnd; i < clause.verb; i++) {
    aside.push(clause.words[i]!);
    if (clause.words[i]!.post.includes(",")) break;
  }
  if (!/^(?:a|an|the)$/.test(aside[0]?.norm ?? "")) return false;
  const head = aside.findIndex((w) => /^(?:of|at|in|for|from|on|to|with|who|whom)$/.test(w.norm));
  const last = aside[(head === -1 ? aside.length : head) - 1];
  return last !== undefined && (isRoleNoun(last.norm) || is(last, "Actor"));
}

function genderFromName(clause: Clause, sentence: string): "f" | "m" | undefined {
  if (clause.subjectStart === undefined) return undefined;
  const words = subjectWords(clause);
  return genderOf(words, sentence.slice(words[0]!.start, words[words.length - 1]!.end));
}

export function subjectWords(clause: Clause): Word[] {
  const words = clause.words.slice(clause.subjectStart, clause.subjectEnd ?? clause.verb);
  while (words.length > 1 && is(words[words.length - 1], "Adverb")) words.pop();
  return words;
}

/** "G. H. Hardy" -> Hardy; "Matthew Perry" -> Perry: a surname alone later means the full name. */
function collectFullNames(sentences: readonly Sentence[], main: MainSubject | undefined): { names: Map<string, string>; firstSentence: Map<string, number> } {
  const names = new Map<string, string>();
  const firstSentence = new Map<string, number>();
  const ambiguous = new Set<string>();
  const pattern = /(?<![\p{L}.])((?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{Ll}’'-]+(?:\s+(?:(?:van|von|de|da|di|du)\s+)?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}ōūāēī’'-]+){1,3})/gu;
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(pattern)) {
      let full = m[1]!.replace(/\s+/g, " ");
      // "Secretary of State George C. Marshall": the word after "of" ends the title, not starts the name.
      if (/\bof\s+$/.test(sentence.text.slice(0, m.index)) && full.split(" ").length >= 3) full = full.slice(full.indexOf(" ") + 1);
      if (!firstSentence.has(full)) firstSentence.set(full, sentence.id);
      if (!isPersonFullName(full) || /^(?:The|A|An|In|On|At|By|For|From|With|Without|Under|Despite|Unlike|Like|Among|Through|Following|After|Before|During|When|While|Since|Until|Because|Although|Though|Once|Unless|Whereas|If|As|And|But|Then|Today|His|Her|Its|Their|Our|This|That|These|Those)\s/.test(full)) continue;
      const surname = full.split(" ").pop()!;
      const known = names.get(surname);
      // A longer form of the same name ("Isambard Kingdom Brunel" after "Kingdom Brunel") is the same person.
      if (known && !known.endsWith(full) && !full.endsWith(known)) ambiguous.add(surname);
      else if (!known || full.length > known.length) names.set(surname, full);
    }
  }
  for (const surname of ambiguous) names.delete(surname);
  // The main subject owns its surname: "Brunel" alone is the article's Brunel, not his father.
  if (main?.person) names.set(main.name.split(/\s+/).pop()!, main.name);
  return { names, firstSentence };
}
