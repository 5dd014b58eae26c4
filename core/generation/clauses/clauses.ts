// A sentence split into clauses, each with its subject and its finite verb: the unit a fact is
// read from. "In 1909 he married Janaki, and three years later he found work as a clerk" is two
// clauses with two dates; "he was elected a Fellow ... and, that October, became the first
// Indian ..." is two clauses sharing one subject. Rules of English word order over compromise's
// part-of-speech tags; nothing here knows any article.

import { isParticipleOnly } from "../verbs";
import { is, tagSentence, type Word } from "./tagged";

export interface Clause {
  sentenceId: number;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  words: Word[];
  /** Index in `words` of the first word of the subject; undefined when the subject is shared. */
  subjectStart?: number;
  /** Index after the subject's last word (before the verb, or before the asides between them). */
  subjectEnd?: number;
  /** Index in `words` of the finite verb that opens the verb group. */
  verb: number;
  /** The clause borrows the subject of the clause before it ("... and became ..."). */
  sharedSubject: boolean;
  /** The clause is ", when ..." after a date: the date just before it is its own. */
  afterWhen?: boolean;
  /** The subject is a name set off after a role ("his successor, Egon Krenz, promised"): a person. */
  namedAfterRole?: boolean;
  /**
   * The clause shares a passive's auxiliary too: in "he was arrested in 1962 and sentenced in
   * 1964", "sentenced" is "was sentenced", not a past tense with him as its agent.
   */
  passiveAuxiliary?: "was" | "were";
}

const CONJUNCTIONS = new Set(["and", "but", "while", "whereas", "yet", "although", "though"]);
/** Words that open a clause of their own inside a sentence ("…, until the shogun gave up power in 1867"). */
const SUBORDINATORS = new Set(["until", "till", "because", "unless"]);

/** "since" opens a clause when a subject and its verb follow ("since record-keeping began in 1900"), not in "since then", "since 1900". */
function opensClause(words: readonly Word[], at: number): boolean {
  const norm = words[at]?.norm ?? "";
  if (SUBORDINATORS.has(norm) || norm === "since") return clauseShapeAt(words, at + 1) === "own";
  // "after the regulator cut the price cap in April": a subject and its verb, no "and" between
  // ("before her maiden voyage and died" is a phrase, then the sentence's own second verb).
  if (norm !== "after" && norm !== "before") return false;
  if (clauseShapeAt(words, at + 1) !== "own") return false;
  for (let k = at + 1; k < words.length && !isFiniteVerb(words[k]); k++) if (words[k]!.norm === "and" || words[k]!.post) return false;
  return true;
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i"]);
const NP_TAGS = ["Noun", "ProperNoun", "Pronoun", "Determiner", "Adjective", "Possessive", "Acronym", "Value"];

export function isFiniteVerb(word: Word | undefined): boolean {
  if (!word || !is(word, "Verb") || is(word, "Gerund") || is(word, "Infinitive") || isParticipleOnly(word.norm)) return false;
  return is(word, "PastTense") || is(word, "Copula") || is(word, "Auxiliary") || is(word, "Modal") || is(word, "PresentTense");
}

const isNounPhraseWord = (word: Word | undefined): boolean =>
  word !== undefined && !is(word, "Date") && !is(word, "Preposition") && (NP_TAGS.some((t) => word.tags.has(t)) || word.norm === "of");

export function splitClauses(sentenceId: number, text: string, words: Word[] = tagSentence(text)): Clause[] {
  const cuts: Array<{ at: number; shared: boolean }> = [];
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1]!;
    if (before.post.includes(";")) {
      cuts.push({ at: i, shared: false });
      continue;
    }
    // "The pavilion seen today is a reconstruction: a young monk burned the original down in 1950":
    // after a colon, a clause with its own subject and verb is a sentence of its own.
    if (before.post.includes(":") && words.slice(cuts.at(-1)?.at ?? 0, i).some((w) => isFiniteVerb(w)) && clauseShapeAt(words, i) === "own") {
      cuts.push({ at: i, shared: false });
      continue;
    }
    // "..., in 1971, when the first CT scanner ... produced ...": the when-clause is the dated event.
    if (words[i]!.norm === "when" && before.post.includes(",") && (isNounPhraseWord(words[i + 1]) || SUBJECT_PRONOUNS.has(words[i + 1]?.norm ?? "")) && words.slice(i + 2, i + 22).some((w) => isFiniteVerb(w))) {
      cuts.push({ at: i, shared: false });
      continue;
    }
    // "Since Hungary opened its border in September, thousands have fled": an opening
    // subordinate clause ends at the comma before the main clause's own subject and verb.
    if (cuts.length === 0 && before.post.includes(",") && opensClause(words, 0) && words.slice(1, i).some((w) => isFiniteVerb(w)) && clauseShapeAt(words, i, true) === "own") {
      cuts.push({ at: i, shared: false });
      continue;
    }
    // "the city grew …, until the shogun gave up power in 1867": the date is the until-clause's.
    if (opensClause(words, i) && words.slice(cuts.at(-1)?.at ?? 0, i).some((w) => isFiniteVerb(w))) {
      cuts.push({ at: i, shared: false });
      continue;
    }
    if (!CONJUNCTIONS.has(words[i]!.norm)) continue;
    // "doctors in Europe and America were using ...": no verb yet, so "and" joins two nouns of one subject.
    const since = cuts.length > 0 ? cuts[cuts.length - 1]!.at : 0;
    if (!words.slice(since, i).some((w, k) => isFiniteVerb(w) && !isParticipleBeforeBy(words, since + k))) continue;
    const shape = clauseShapeAt(words, i + 1);
    if (shape) cuts.push({ at: i, shared: shape === "shared" });
  }
  const clauses: Clause[] = [];
  let from = 0;
  let shared = false;
  for (const cut of [...cuts, { at: words.length, shared: false }]) {
    const part = words.slice(from, cut.at);
    const clause = part.length > 0 ? parseClause(sentenceId, text, part, shared) : undefined;
    const passive = clause?.sharedSubject ? passiveAuxiliaryOf(clauses.at(-1)) : undefined;
    if (clause && passive && sharesPassive(clause)) clause.passiveAuxiliary = passive;
    if (clause) clauses.push(clause);
    from = cut.at;
    shared = cut.shared;
  }
  return clauses;
}

/** Past tenses of verbs that take no object: after "was agreed and", "entered into force" is active. */
const INTRANSITIVE_PAST = new Set(
  "entered came went returned arrived died moved served remained fled lived worked became ran rose fell resigned retired emerged stayed sailed travelled traveled settled survived stood sat lay slept spoke failed succeeded continued expanded grew collapsed ended began started took".split(" "),
);

/**
 * A bare past tense after "was arrested ... and" is that passive's second participle
 * ("sentenced to life imprisonment") unless it is a verb without an object ("entered into
 * force") or an object follows it ("and founded a company").
 */
function sharesPassive(clause: Clause): boolean {
  const verb = clause.words[clause.verb]!;
  if (!is(verb, "PastTense") || is(verb, "Auxiliary") || INTRANSITIVE_PAST.has(verb.norm)) return false;
  const next = clause.words[clause.verb + 1];
  return !(next && !verb.post && (is(next, "Determiner") || is(next, "Possessive") || is(next, "Noun") || is(next, "Value")) && !is(next, "Date"));
}

/** "was (formally) arrested": the auxiliary of a clause whose verb group is a passive. */
function passiveAuxiliaryOf(clause: Clause | undefined): "was" | "were" | undefined {
  if (!clause) return undefined;
  if (clause.passiveAuxiliary) return clause.passiveAuxiliary;
  const verb = clause.words[clause.verb]!;
  if (verb.norm !== "was" && verb.norm !== "were") return undefined;
  let i = clause.verb + 1;
  while (is(clause.words[i], "Adverb")) i++;
  const next = clause.words[i];
  return next && (is(next, "PastTense") || is(next, "Participle")) && !is(next, "Gerund") && !is(next, "Adjective") ? verb.norm : undefined;
}

/**
 * After a conjunction: does a clause start here, and does it bring its own subject? After the
 * comma that ends an opening subordinate clause (`mainClause`), any tense opens the main clause.
 */
function clauseShapeAt(words: readonly Word[], from: number, mainClause = false): "own" | "shared" | undefined {
  const i = skipAdverbials(words, from);
  const first = words[i];
  if (!first) return undefined;
  if (SUBJECT_PRONOUNS.has(first.norm)) return isFiniteVerb(words[i + 1]) || is(words[i + 1], "Adverb") ? "own" : undefined;
  if (isFiniteVerb(first) && !is(first, "PresentTense")) return "shared";
  for (let k = i; k < Math.min(words.length, i + 10); k++) {
    const word = words[k]!;
    // "William Henry Bragg and his son William Lawrence Bragg used": one subject of two people.
    if (word.norm === "and" && k > i && !words[k - 1]!.post) continue;
    // "tens of thousands of East Germans have fled": "of" inside the subject.
    if (mainClause && word.norm === "of" && k > i && !word.post) continue;
    // "and the samurai soon lost": an adverb may stand between the subject and its verb.
    if (is(word, "Adverb") && k > i && !word.post && isFiniteVerb(words[k + 1])) continue;
    // "and her herbarium is ...": a present tense needs a possessive or pronoun to open a clause.
    if (isFiniteVerb(word)) return k > i && (mainClause || !is(word, "PresentTense") || is(first, "Possessive") || is(first, "Pronoun") || is(first, "Determiner")) ? "own" : undefined;
    if (!isNounPhraseWord(word) || word.post.includes(",")) return undefined;
  }
  return undefined;
}

const isDateWord = (word: Word | undefined): boolean =>
  word !== undefined && (is(word, "Date") || is(word, "Year") || /^(?:1\d{3}|20\d{2}|later|earlier|afterwards)$/.test(word.norm));

/** Where a date phrase starting at `from` ends ("in 1546", "the following year"), or `from` when none starts there. */
function datePhraseEnd(words: readonly Word[], from: number): number {
  let d = from;
  if (is(words[d], "Preposition")) d++;
  while (d < words.length && (isDateWord(words[d]) || is(words[d], "Value"))) d++;
  return words.slice(from, d).some(isDateWord) ? d : from;
}

/** Skips "three years later,", "then", "in 1912", "that October," before a subject. */
function skipAdverbials(words: readonly Word[], from: number): number {
  let i = from;
  for (let guard = 0; guard < 3; guard++) {
    const word = words[i];
    if (!word) return i;
    if (is(word, "Adverb") && !word.post) {
      i++;
      continue;
    }
    // "the following year", "that same spring", "the next day" without a comma.
    if (/^(?:the|that|this)$/.test(word.norm)) {
      let d = i + 1;
      while (d < words.length && /^(?:following|next|same|previous|very)$/.test(words[d]!.norm)) d++;
      if (d > i + 1 && (is(words[d], "Date") || is(words[d], "Duration"))) {
        i = d + 1;
        continue;
      }
    }
    // A short phrase closed by a comma ("that October,", "in the spring of 1912,", "Visiting him in
    // hospital,"), never a noun phrase: "The Regency TR-1, the first ..., went" keeps its subject.
    const opener = is(word, "Preposition") || is(word, "Adverb") || is(word, "Gerund") || is(word, "Date") || is(word, "Value") || (is(word, "PastTense") && !is(word, "Auxiliary")) ||
      /^(?:after|before|when|while|as|since|although|though|because|if|once|that|this|then|meanwhile|however|moreover)$/.test(word.norm);
    if (!opener) return i;
    let k = i;
    while (k < words.length && k < i + 6 && !words[k]!.post.includes(",") && !isFiniteVerb(words[k])) k++;
    // "In 1546 Francis I, a great admirer ..., commissioned": a name after the date is the subject.
    const dated = datePhraseEnd(words, i);
    const namedAfterDate = dated > i && dated <= k && isNounPhraseWord(words[dated]) && !is(words[dated], "Date");
    if (k < words.length && words[k]!.post.includes(",") && k < i + 6 && !namedAfterDate) {
      i = k + 1;
      continue;
    }
    // A date phrase without a comma: "in 1912 he", "three years later he".
    let d = i;
    if (is(words[d], "Preposition")) d++;
    while (d < words.length) {
      const word = words[d]!;
      if (isDateWord(word) || is(word, "Value")) d++;
      // "in the spring of 1912", "the following year": a determiner belongs to the phrase only when a date follows it.
      else if ((is(word, "Determiner") || is(word, "Adjective") || /^(?:following|next|of)$/.test(word.norm)) && words.slice(d + 1, d + 3).some(isDateWord)) d++;
      else break;
    }
    if (d > i && words.slice(i, d).some(isDateWord)) {
      i = d;
      continue;
    }
    return i;
  }
  return i;
}

function parseClause(sentenceId: number, text: string, words: Word[], sharedSubject: boolean): Clause | undefined {
  const when = words[0]!.norm === "when";
  let body = CONJUNCTIONS.has(words[0]!.norm) || SUBORDINATORS.has(words[0]!.norm) || when || (words[0]!.norm === "since" && clauseShapeAt(words, 1) === "own") ? 1 : 0;
  body = skipAdverbials(words, body);
  const verb = findFiniteVerb(words, body);
  if (verb === undefined) return undefined;
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const base = { sentenceId, start, end: trimEnd(text, end), words, verb, ...(when ? { afterWhen: true } : {}) };
  // The subject runs from the last comma before the verb (an opening phrase ends there) to the
  // verb, less a date phrase without a comma ("In 1909 he", "The following year Ramanujan").
  let from = body;
  for (let i = verb - 1; i >= body; i--) {
    if (words[i]!.post.includes(",") || words[i]!.post.includes(":")) {
      from = i + 1;
      break;
    }
  }
  from = placeCommaSubjectStart(words, body, from, verb);
  from = listSubjectStart(words, body, from, verb);
  // "The Regency TR-1, the first commercial transistor radio, went ...", "Clarence Dally, who
  // worked with Edison, died ...": nothing between the last comma and the verb, so the subject is
  // the first noun phrase of the chain of asides before it.
  let stop = verb;
  let namedAfterRole = false;
  if (from === verb) {
    const np = subjectBeforeAsides(words, body, verb);
    if (np) ({ start: from, end: stop } = np);
    namedAfterRole = np?.afterRole === true;
  }
  from = skipDatePhrase(words, from, stop);
  let last = stop - 1;
  while (last > from && is(words[last], "Adverb")) last--;
  // "Together they discovered …": nothing modifies a personal pronoun, so a word before it is no part of the subject.
  const pronounAt = words.slice(from, last + 1).findIndex((w) => SUBJECT_PRONOUNS.has(w.norm) && w.norm !== "i");
  if (pronounAt > 0 && !words.slice(from, from + pronounAt).some((w) => w.post || w.norm === "and" || w.norm === "or")) from += pronounAt;
  const subject = words.slice(from, last + 1);
  if (subject.length === 0 || subject.length > 14 || !isNounPhraseWord(subject[0]) || subject.some((w) => isFiniteVerb(w) || /^(?:that|which|who|whom|when|where|if|because|as|although)$/.test(w.norm))) {
    return sharedSubject && subject.length === 0 ? { ...base, sharedSubject: true } : undefined;
  }
  return { ...base, subjectStart: from, subjectEnd: last + 1, sharedSubject: false, ...(namedAfterRole ? { namedAfterRole } : {}) };
}

function subjectBeforeAsides(words: readonly Word[], body: number, verb: number): { start: number; end: number; afterRole?: boolean } | undefined {
  let cursor = verb;
  let found: { start: number; end: number } | undefined;
  let name: { start: number; end: number } | undefined;
  while (cursor > body && words[cursor - 1]!.post.includes(",")) {
    let start = cursor - 1;
    while (start > body && !words[start - 1]!.post.includes(",")) start--;
    const first = words[start]!;
    const isAside = /^(?:who|which|whom|whose|where|when)$/.test(first.norm) || is(first, "Gerund") || (is(first, "PastTense") && !is(first, "Auxiliary"));
    const isNounPhrase = isNounPhraseWord(first) && !is(first, "Preposition") && !words.slice(start, cursor).some((w) => isFiniteVerb(w));
    if (isNounPhrase) {
      found = { start, end: cursor };
      if (isNamesPhrase(words.slice(start, cursor))) name = found;
    } else if (!isAside) {
      // "In the early hours Tung Chee-hwa, a shipping magnate, was sworn in": the subject follows a time phrase.
      let after = skipDatePhrase(words, start, cursor);
      if (after === start) after = skipAdverbials(words, start);
      if (after > start && after < cursor && isNounPhraseWord(words[after]) && !words.slice(after, cursor).some((w) => isFiniteVerb(w))) found = { start: after, end: cursor };
      break;
    }
    cursor = start;
  }
  // "His successor, Egon Krenz, promised reform": the name set off after a role is who acted.
  if (found && name && found !== name && !isNamesPhrase(words.slice(found.start, found.end))) return { ...name, afterRole: true };
  return found;
}

/**
 * "In 1962 Watson, Crick and Wilkins received …": a subject after a comma that ends a list of names
 * ("Crick and Wilkins") starts at the list's first name, the names before it set off by commas.
 */
function listSubjectStart(words: readonly Word[], body: number, from: number, verb: number): number {
  const capitalised = (w: Word | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text) && !is(w, "Date") && !is(w, "Value") && !is(w, "Preposition") && !is(w, "Determiner") && !is(w, "Adverb");
  const after = words.slice(from, verb);
  if (from === body || !after.some((w) => w.norm === "and") || !after.every((w) => w.norm === "and" || capitalised(w))) return from;
  let start = from;
  for (;;) {
    let item = start - 1;
    while (item > body && !words[item - 1]!.post.includes(",") && capitalised(words[item - 1]) && start - item < 3) item--;
    // "In London, Crick and Wilkins met": a name after a preposition closes an opening phrase.
    if (!capitalised(words[item]) || start - item > 3 || is(words[item - 1], "Preposition")) break;
    // "In 1962 Watson": the item may follow a date phrase with no comma of its own.
    const dated = skipDatePhrase(words, item, start);
    if (dated > item) {
      start = dated;
      break;
    }
    start = item;
    if (item === body || !words[item - 1]!.post.includes(",")) break;
  }
  return start;
}

/** "Egon Krenz", "Szeming Sze of China and Geraldo de Paula Souza of Brazil": capitalised names only. */
function isNamesPhrase(words: readonly Word[]): boolean {
  const parts: Word[][] = [[]];
  for (const w of words) {
    if (w.norm === "and") parts.push([]);
    else if (w.norm === "of") parts[parts.length - 1]!.push(w);
    else parts[parts.length - 1]!.push(w);
  }
  return parts.every((part) => {
    const head: Word[] = [];
    for (const w of part) {
      if (w.norm === "of") break;
      head.push(w);
    }
    return head.length >= 2 && head.every((w, i) => /^\p{Lu}/u.test(w.text) || (i > 0 && /^(?:van|von|de|da|di|del|der|du|dos|das|la|le|bin|ibn)$/.test(w.norm))) && head.some((w) => is(w, "Person") || is(w, "FirstName") || is(w, "LastName") || is(w, "ProperNoun"));
  });
}

/** "In 1909 he", "Three years later the party", "The following year Ramanujan": the subject starts after the date. */
function skipDatePhrase(words: readonly Word[], from: number, verb: number): number {
  let d = from;
  if (is(words[d], "Preposition")) d++;
  while (d < verb - 1 && (is(words[d], "Date") || is(words[d], "Value") || is(words[d], "Duration") || (is(words[d], "Determiner") && d === from) || /^(?:later|earlier|afterwards|following|next|that|same)$/.test(words[d]!.norm))) d++;
  return d > from && d < verb && words.slice(from, d).some((w) => is(w, "Date") || /^(?:later|earlier|afterwards)$/.test(w.norm)) ? d : from;
}

/**
 * "Melvin Calvin and his colleagues at the University of California, Berkeley began": the comma
 * sits inside a place's name ("California, Berkeley"), so the subject starts before it, where
 * a noun phrase opens the clause, not at the one name after the comma.
 */
function placeCommaSubjectStart(words: readonly Word[], body: number, from: number, verb: number): number {
  if (from <= body || verb - from !== 1 || !is(words[from], "ProperNoun") || !is(words[from - 1], "ProperNoun") || !words[from - 1]!.post.includes(",")) return from;
  const lead = skipDatePhrase(words, body, from - 1);
  const before = words.slice(lead, from);
  if (!isNounPhraseWord(words[lead]) || is(words[lead], "Gerund") || before.some((w) => isFiniteVerb(w) || w.post.includes(",") && w !== words[from - 1])) return from;
  // The name before the comma follows "of" or "at" ("at the University of California"): a place, and the subject before it.
  let k = from - 1;
  while (k > lead && /^\p{Lu}/u.test(words[k]!.text)) k--;
  return /^(?:of|at|in)$/.test(words[k]!.norm) && k > lead ? lead : from;
}

/** The first finite verb at or after `from` that is not a participle opening an aside (", signed in 1370,"). */
function findFiniteVerb(words: readonly Word[], from: number): number | undefined {
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    const previous = words[i - 1];
    // "Highlights include …": the tagger reads a present verb after a plural subject as an infinitive too.
    if (i > from && is(word, "PresentTense") && is(word, "Infinitive") && is(previous, "Plural") && !previous!.post && !is(previous, "Pronoun")) return i;
    if (!isFiniteVerb(word) || isParticipleBeforeBy(words, i)) continue;
    // ", signed in 1370, gave ...": a past form after a comma opens an aside when a finite verb follows its closing comma.
    if (previous?.post.includes(",") && is(word, "PastTense") && !is(word, "Auxiliary") && i > from) {
      let close = i;
      while (close < words.length && !words[close]!.post.includes(",")) close++;
      if (words.slice(close + 1).some((w) => isFiniteVerb(w))) continue;
    }
    // "A revised draft was published": a past form after a determiner or possessive describes the noun.
    if (is(word, "PastTense") && !is(word, "Auxiliary") && /^(?:a|an|the|its|their|his|her|our|my|your)$/.test(previous?.norm ?? "")) continue;
    if (isParticipleInAppositive(words, from, i)) {
      while (i < words.length && !words[i]!.post.includes(",")) i++;
      continue;
    }
    if (previous && /^(?:who|which|that|whom|whose|where|when)$/.test(previous.norm)) {
      // A relative clause set off by commas is an aside: the main verb comes after its closing comma.
      if (!words[i - 2]?.post.includes(",")) return undefined;
      let close = i;
      while (close < words.length && !words[close]!.post.includes(",")) close++;
      if (close >= words.length - 1) return undefined;
      if (isFiniteVerb(words[close + 1])) return close + 1;
      i = close;
      continue;
    }
    return i;
  }
  return undefined;
}

/** "a team at the University of Oxford led by Howard Florey and Ernst Chain took up …": a past form after a noun and before "by" is a participle. */
function isParticipleBeforeBy(words: readonly Word[], at: number): boolean {
  const word = words[at]!;
  const previous = words[at - 1];
  return canBeParticiple(word) && words[at + 1]?.norm === "by" && !word.post && is(previous, "Noun") && !is(previous, "Pronoun") && !previous!.post;
}

/** "signed", "led", "built", "seen": past forms that can be participles ("ran", "fell" cannot). */
function canBeParticiple(word: Word): boolean {
  if (is(word, "Auxiliary")) return false;
  return isParticipleOnly(word.norm) || ((is(word, "PastTense") || is(word, "Participle")) && /(?:ed|en|lt|ade|eld|ent|ound|ought|aught|ut|et)$/.test(word.norm));
}

/**
 * "under the Torrijos–Carter Treaties signed in 1977": a date right after a past participle that
 * follows a noun, the sentence's verb standing before them, dates the noun (a reduced relative
 * clause), not the clause's event. `at` is where the date's words (with their preposition) start.
 */
export function datesReducedRelative(words: readonly Word[], at: number): boolean {
  const index = words.findIndex((w) => w.end > at);
  const participle = words[index - 1];
  const noun = words[index - 2];
  if (!participle || !noun || participle.post || noun.post) return false;
  if (!canBeParticiple(participle) || !is(noun, "Noun") || is(noun, "Pronoun") || is(noun, "Date")) return false;
  // The sentence's verb stands before, in the same clause ("…, and the company closed in 1900" is a clause of its own).
  let k = index - 3;
  while (k >= 0 && !isFiniteVerb(words[k])) {
    if (/^(?:and|but|while|whereas|yet|or)$/.test(words[k]!.norm) || words[k]!.post.includes(";")) return false;
    k--;
  }
  return k >= 0;
}

/**
 * "ENIAC, the American computer completed in 1945, contained …": a past form right after the
 * noun of an appositive (a noun phrase opened by a determiner, set off by commas after the
 * subject) is a participle, "completed" meaning "that was completed", when a finite verb
 * follows the appositive's closing comma.
 */
function isParticipleInAppositive(words: readonly Word[], from: number, at: number): boolean {
  const word = words[at]!;
  if (!is(word, "PastTense") || is(word, "Auxiliary") || !is(words[at - 1], "Noun") || words[at - 1]!.post) return false;
  let open = at - 1;
  while (open > from && !words[open - 1]!.post.includes(",")) open--;
  if (open <= from || !is(words[open], "Determiner")) return false;
  // What stands before the appositive is the subject: a noun phrase with no verb, preposition or date.
  const head = words.slice(from, open);
  if (!isNounPhraseWord(head[0]) || head.some((w) => isFiniteVerb(w) || is(w, "Preposition") || is(w, "Date"))) return false;
  let close = at;
  while (close < words.length && !words[close]!.post.includes(",")) close++;
  let next = close + 1;
  while (is(words[next], "Adverb")) next++;
  return isFiniteVerb(words[next]);
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s,;:.!?]/.test(text[e - 1]!)) e--;
  return e;
}
