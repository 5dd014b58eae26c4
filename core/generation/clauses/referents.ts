// Who "he", "she", "it" and "the company" are: the article's main subject (the subject of its
// first sentence) or the person named last as a subject. A subject that cannot be resolved
// this way is reported as unresolved and the clause yields no card.

import type { Clause } from "./clauses";
import { is, type Word } from "./tagged";

export type Gender = "f" | "m";

/** Sentences opening on a personal pronoun ("He", "She") against "It", and each gender's. */
export interface PronounCounts {
  person: number;
  thing: number;
  he: number;
  she: number;
}

export interface MainSubject {
  name: string;
  person: boolean;
  /** From the pronouns that open the article's sentences ("She ..." vs "He ..."), when they agree. */
  gender?: Gender;
}

export interface Referents {
  main?: MainSubject;
  /** The person last named as a subject, with the sentence it was named in. */
  lastPerson?: { name: string; sentenceId: number; gender?: Gender };
  /** What the previous clause's subject resolved to. */
  previous?: string;
}

const PLACE_OR_BODY = new RegExp(
  "\\b(?:University|College|School|Company|Corporation|Society|Treaty|Convention|Agreement|Republic|United Kingdom|Kingdom of|Empire|Union|States|Ocean|River|Sea|Strait|" +
    "Island|Islands|Mount|Mountains|Church|Museum|Palace|Railway|Bridge|Street|Trust|Institute|Academy|Council|Commission|Organi[sz]ation|Party|" +
    "Agency|Bank|Dynasty|Castle|Temple|War|Act|Day|Prize|Programme|Program|Conference|Assembly|Parliament|League|Court|Station|Laboratories|Laboratory|Labs|Age|Revolution|Restoration|Government|Province|Gorge)\\b",
);
/** Nouns for what a person is or does: "the architect Pierre Lescot", "Tung Chee-hwa, a shipping magnate". */
const ROLE_NOUN = new RegExp(
  "^(?:" +
    "designer|engineer|explorer|painter|writer|founder|leader|manager|officer|trader|teacher|worker|" +
    "player|singer|dancer|farmer|banker|lawyer|soldier|sailor|author|inventor|director|governor|" +
    "ambassador|professor|doctor|sculptor|actor|navigator|conductor|editor|publisher|pioneer|ruler|reformer|" +
    "handyman|chairman|spokesman|statesman|craftsman|businessman|businesswoman|chemist|physicist|biologist|scientist|economist|" +
    "journalist|novelist|artist|pianist|guitarist|botanist|geologist|psychiatrist|physician|historian|musician|politician|" +
    "librarian|mathematician|astronomer|astronaut|cosmonaut|colonist|missionary|merchant|apprentice|assistant|student|servant|" +
    "commandant|lieutenant|sergeant|regent|heir|successor|predecessor|rival|deputy|envoy|emissary|consul|" +
    "dean|rector|chancellor|champion|shogun|samurai|daimyo|premier|king|queen|emperor|empress|" +
    "tsar|shah|sultan|pope|wife|husband|son|daughter|brother|sister|father|mother|" +
    "pupil|member|chief|head|president|minister|general|admiral|commander|captain|pilot|poet|" +
    "guide|interpreter|diplomat|monk|priest|bishop|cardinal|favourite|favorite|lover|consort|architect|" +
    "aide|secretary|colonel|commodore|prince|princess|duke|duchess|count|countess|lord|lady|" +
    "judge|scholar|composer|actress|magnate|tycoon|entrepreneur|industrialist|activist|campaigner|delegate|official|" +
    "spokesperson|spokeswoman|negotiator|representative|mayor|senator|congressman|congresswoman|cosmologist|epidemiologist|conservationist|zoologist|" +
    "naturalist|anthropologist|archaeologist|sociologist|philosopher|theologian|surveyor|cartographer|photographer|filmmaker|broadcaster|reporter|" +
    "correspondent|commentator|magistrate|viceroy|chieftain|warlord|abbot|abbess|nun|rabbi|imam|nurse|" +
    "midwife|pharmacist|dentist|surgeon|veterinarian|programmer|researcher|lecturer|tutor|coach|athlete|grandmaster|" +
    "playwright|essayist|critic|curator|collector|patron|donor|benefactor|heiress|widow|widower|" +
    "nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|colleague|" +
    "partner|associate|co-founder|cofounder|co-leader|co-author|protege|protégé|mentor|disciple|follower|ally|" +
    "opponent|adversary" +
    ")$",
);

export function isRoleNoun(word: string): boolean {
  return ROLE_NOUN.test(word.toLowerCase());
}

const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName", "Honorific"];

/** Capitalised words, initials and name particles: "G. H. Hardy", "Vincent van Gogh", "Saigō Takamori". */
export function isNameLike(words: readonly Word[]): boolean {
  if (words.length === 0) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w.text) || (i > 0 && i < words.length - 1 && /^(?:van|von|de|da|di|del|der|la|le|al|bin|ibn|du|dos|das)$/.test(w.norm)));
}

/** A full name found by pattern ("G. H. Hardy") that names no place or body. */
export function isPersonFullName(name: string): boolean {
  return !PLACE_OR_BODY.test(name);
}

/** Whether a capitalised name reads as a person's: tagged as one, and not a place or a body. */
export function looksLikePerson(words: readonly Word[], text: string): boolean {
  if (!isNameLike(words) || PLACE_OR_BODY.test(text)) return false;
  if (words.some((w) => is(w, "Place") || is(w, "Country") || is(w, "City") || is(w, "Organization"))) return false;
  // compromise knows first names and honorifics; initials ("G. H. Hardy") mark a name too.
  return words.some((w) => PERSON_TAGS.some((t) => w.tags.has(t))) || /^(?:\p{Lu}\.\s?)+\p{Lu}/u.test(text);
}

/** The main subject from the article's first clause: "Srinivasa Ramanujan", "The Hanseatic League". */
export function findMainSubject(first: Clause | undefined, text: string, pronounCounts: PronounCounts): MainSubject | undefined {
  if (!first || first.subjectStart === undefined) return undefined;
  // Up to the subject's end: "Wilhelm Conrad Röntgen, professor of physics at ..., was" names Röntgen.
  const words = first.words.slice(first.subjectStart, first.subjectEnd ?? first.verb).filter((w) => !is(w, "Adverb"));
  if (words.length === 0) return undefined;
  // "The International Space Station (ISS)": the name without its abbreviation, whose bracket the words cut.
  const name = text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/\s*\([^)]*\)?$/, "").replace(/\s*\([^)]*\)/g, "");
  const named = words.filter((w) => !is(w, "Determiner"));
  if (!isNameLike(named) || named.some((w) => is(w, "Pronoun"))) return undefined;
  // A biography calls its subject "he" or "she" more often than "it".
  // The pronouns decide over the tagger, which takes "Isambard Kingdom Brunel" for a place.
  // One word the tagger does not take for a name ("Nitrogen makes up …") is a thing, whatever "he" later refers to.
  const nameShaped = named.length >= 2 || looksLikePerson(named, name);
  const person = !PLACE_OR_BODY.test(name) && ((pronounCounts.person > pronounCounts.thing && nameShaped) || (looksLikePerson(named, name) && pronounCounts.person >= pronounCounts.thing));
  const gender = pronounCounts.she > pronounCounts.he ? "f" : pronounCounts.he > pronounCounts.she ? "m" : genderOf(named, name);
  return { name: words[0]!.norm === "the" ? name.replace(/^The\b/, "the") : name, person, ...(person && gender ? { gender } : {}) };
}

/**
 * The main subject from the title when the first sentence opens on "She" or "It": the title up
 * to its first comma, colon or dash ("Catherine the Great, Empress of All the Russias").
 */
export function mainSubjectFromTitle(title: string | undefined, pronounCounts: PronounCounts): MainSubject | undefined {
  const head = title?.split(/\s*[,:;—–]\s*|\s+-\s+/)[0]?.trim();
  if (!head || head.split(/\s+/).length > 4 || !/^\p{Lu}/u.test(head)) return undefined;
  const person = !PLACE_OR_BODY.test(head) && pronounCounts.person > pronounCounts.thing;
  const gender = pronounCounts.she > pronounCounts.he ? "f" : pronounCounts.he > pronounCounts.she ? "m" : undefined;
  return { name: head, person, ...(person && gender ? { gender } : {}) };
}

/**
 * The person "he" or "she" means: the person last named as a subject when their gender fits;
 * otherwise the article's main subject when it is a person of that gender (or of unknown
 * gender). A pronoun that fits neither stays unresolved, and its clause yields no card.
 */
function personFor(refs: Referents, gender: Gender, sentenceId: number): string | undefined {
  const main = refs.main?.person ? refs.main : undefined;
  const last = refs.lastPerson && sentenceId - refs.lastPerson.sentenceId <= 2 ? refs.lastPerson : undefined;
  if (last && last.gender === gender) return last.name;
  // In a biography of a woman, "she" is her unless another woman was just named; likewise "he".
  if (main && main.gender === gender) return main.name;
  if (last && last.gender === undefined && main?.gender !== gender) return last.name;
  if (main && main.gender === undefined && last?.gender !== gender) return main.name;
  return undefined;
}

/** A person's gender when the name or its title says it: honorifics, compromise's first-name lists. */
export function genderOf(words: readonly Word[], text: string): Gender | undefined {
  if (/\b(?:Queen|Empress|Princess|Duchess|Countess|Lady|Mrs|Ms|Miss|Madame|Tsarina)\b/.test(text)) return "f";
  if (/\b(?:King|Emperor|Prince|Duke|Count|Lord|Sir|Mr|Tsar|Sultan|Shah|Pope)\b/.test(text)) return "m";
  if (words.some((w) => is(w, "FemaleName"))) return "f";
  if (words.some((w) => is(w, "MaleName"))) return "m";
  return undefined;
}

/**
 * The text a clause's subject stands for, or undefined when it points at something the card
 * could not name. `ownName` is the subject as written.
 */
/** A name from a title as it stands inside a sentence: "The Montreal Protocol" -> "the Montreal Protocol". */
function inSentence(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, "").replace(/^The\s/, "the ");
}

export function resolveSubject(refs: Referents, subject: readonly Word[], written: string, sentenceId: number): string | undefined {
  const first = subject[0]!;
  if (subject.length === 1 && /^(?:he|she)$/.test(first.norm)) return personFor(refs, first.norm === "she" ? "f" : "m", sentenceId);
  if (subject.length === 1 && /^(?:it|they)$/.test(first.norm)) {
    // "The Montreal Protocol on Substances that … is a treaty. It was agreed …": the main subject by a longer name is still it.
    // "The Danube Delta … It is home to …": a capitalised word after the name makes another thing, whose "it" this is.
    return refs.main && !refs.main.person && (refs.previous === refs.main.name || (refs.previous?.startsWith(`${refs.main.name} `) && !/^\p{Lu}/u.test(refs.previous.slice(refs.main.name.length + 1)))) ? inSentence(refs.main.name) : undefined;
  }
  if (subject.some((w) => /^(?:this|that|these|those|which|who|there|we|you|one|both|each|many|some|others?)$/.test(w.norm))) return undefined;
  // "I" alone is the writer; after a name it is a numeral ("Francis I").
  if (subject.length === 1 && first.norm === "i") return undefined;
  // "the company", "the League": the main subject, when its name ends in that noun.
  if (first.norm === "the" && subject.length <= 3 && refs.main) {
    const head = subject[subject.length - 1]!.norm;
    if (new RegExp(`\\b${head}$`, "i").test(refs.main.name) && written.toLowerCase() !== refs.main.name.toLowerCase()) return refs.main.name;
  }
  // "his design", "its charter": the possessor must be known too.
  if (/^(?:his|her)$/.test(first.norm)) {
    const owner = personFor(refs, first.norm === "her" ? "f" : "m", sentenceId);
    return owner ? `${owner}'s${written.slice(first.text.length)}` : undefined;
  }
  if (first.norm === "its" || first.norm === "their") {
    return refs.main && !refs.main.person ? `${inSentence(refs.main.name)}'s${written.slice(first.text.length)}` : undefined;
  }
  if (first.norm === "the" || first.norm === "a" || first.norm === "an") return `${first.norm}${written.slice(first.text.length)}`;
  // "Specific spheres ..." opened the sentence; only a name keeps its capital inside a question.
  const second = subject[1];
  // "Doudna and Charpentier were awarded …": two names joined by "and".
  const joinedName = second?.norm === "and" && /^\p{Lu}/u.test(subject[2]?.text ?? "");
  const partOfName = is(first, "ProperNoun") || is(first, "Person") || is(first, "Place") || is(first, "Organization") || is(first, "Acronym") || joinedName || (second !== undefined && /^\p{Lu}/u.test(second.text));
  if (/^\p{Lu}\p{Ll}/u.test(first.text) && !partOfName) return `${first.text.charAt(0).toLowerCase()}${written.slice(1)}`;
  return written;
}
