// People are found by their titles ("foreign minister X", "X, a Swiss engineer,"), because name
// lists miss most non-Western names. A role is kept per mention, so one person can be foreign
// minister in one paragraph and prime minister in a later one.

import { MONTH_BY_NAME, ORGANISATION_NOUNS, ROLE_QUALIFIERS, ROLE_TITLES } from "./lexicon";
import type { Person, PersonRole } from "./fact-types";
import type { Sentence } from "./types";
import { escapeRegExp } from "./text";

export interface PersonMention {
  person: number;
  sentenceId: number;
  start: number;
  end: number;
  role?: PersonRole;
}

export interface PeopleIndex {
  people: Person[];
  /** Mentions by sentence id, in text order. */
  mentions: Map<number, PersonMention[]>;
}

const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
const NAME = `(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})`;
const TITLE = `(${ROLE_TITLES.map((t) => t.split(" ").map(anyCaseWord).join("\\s+")).join("|")})`;
const QUALIFIER = `(?:((?:[Tt]he\\s+)?(?:${ROLE_QUALIFIERS.filter((q) => !q.startsWith("the ")).map(anyCaseWord).join("|")})|[Tt]he)\\s+)?`;
const TITLE_BEFORE_NAME = new RegExp(`${QUALIFIER}${TITLE}\\s+${NAME}`, "gu");
// "the poet Dante Alighieri, the writer Francesco Petrarca": a title followed by a name is that name's.
const NAME_THEN_TITLE = new RegExp(`${NAME},\\s+(?:(?:a|an|the)\\s+)?(?:(then|former)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${TITLE}(?=[,\\s])(?!\\s+\\p{Lu}\\p{Ll})`, "gu");
// "Marie Curie (born ...) was a Polish physicist": a name that opens a sentence and is defined by a title.
const NAME_IS_TITLE = new RegExp(`^${NAME}(?:\\s+\\([^)]*\\))?,?\\s+(?:was|is)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}?${TITLE}(?![\\p{L}])`, "u");
const HONORIFIC = new RegExp(`\\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord)\\.?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`, "gu");

function anyCaseWord(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${escapeRegExp(word.slice(1))}`;
}

const NOT_NAME_WORDS = new Set(["The", "This", "That", "In", "On", "At", "Of", "And", "His", "Her", "Its", "Their", ...MONTH_BY_NAME.keys()]);

export function findPeople(sentences: readonly Sentence[]): PeopleIndex {
  const people: Person[] = [];
  const byName = new Map<string, number>();
  const mentions = new Map<number, PersonMention[]>();
  const addMention = (mention: PersonMention) => {
    const list = mentions.get(mention.sentenceId) ?? [];
    if (list.some((m) => m.start < mention.end && mention.start < m.end)) return;
    list.push(mention);
    mentions.set(mention.sentenceId, list);
  };
  const register = (name: string, sentenceId: number): number => {
    const existing = byName.get(name) ?? [...byName].find(([known]) => known.endsWith(` ${name}`) || name.endsWith(` ${known}`))?.[1];
    if (existing !== undefined) return existing;
    const words = name.split(/\s+/);
    people.push({ name, surname: words[words.length - 1]!, roles: [], sentenceIds: [sentenceId] });
    byName.set(name, people.length - 1);
    return people.length - 1;
  };

  for (const sentence of sentences) {
    for (const pattern of [TITLE_BEFORE_NAME, NAME_THEN_TITLE, NAME_IS_TITLE, HONORIFIC]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
        const found = readMatch(pattern, m);
        if (!found) {
          if (!pattern.global) break;
          continue;
        }
        const index = register(found.name, sentence.id);
        const nameStart = m.index + m[0].indexOf(found.name);
        const role = found.title ? { title: found.title, sentenceId: sentence.id, ...(found.qualifier ? { qualifier: found.qualifier } : {}) } : undefined;
        if (role) people[index]!.roles.push(role);
        addMention({ person: index, sentenceId: sentence.id, start: nameStart, end: nameStart + found.name.length, ...(role ? { role } : {}) });
        if (!pattern.global) break;
      }
    }
  }
  const forms = plainForms(people);
  for (const sentence of sentences) findPlainMentions(sentence, forms, addMention);
  for (const sentence of sentences) findRolesAfterAs(sentence, people, mentions);
  for (const list of mentions.values()) list.sort((a, b) => a.start - b.start);
  for (const [sentenceId, list] of mentions) {
    for (const mention of list) {
      const ids = people[mention.person]!.sentenceIds;
      if (!ids.includes(sentenceId)) ids.push(sentenceId);
    }
  }
  for (const person of people) person.sentenceIds.sort((a, b) => a - b);
  return { people, mentions };
}

function readMatch(pattern: RegExp, m: RegExpExecArray): { name: string; title?: string; qualifier?: string } | undefined {
  if (pattern === TITLE_BEFORE_NAME) return checkName(m[3]!, m[2]!, m[1]);
  if (pattern === NAME_THEN_TITLE) return checkName(m[1]!, m[3]!, m[2]);
  if (pattern === NAME_IS_TITLE) return checkName(m[1]!, m[2]!, undefined);
  return checkName(m[1]!, undefined, undefined);
}

function checkName(rawName: string, title: string | undefined, qualifier: string | undefined) {
  const words = rawName.split(/\s+/);
  // A capitalised word after a title may start an organisation ("Prime Minister of France").
  const kept: string[] = [];
  for (const word of words) {
    if (NOT_NAME_WORDS.has(word) || ORGANISATION_NOUNS.has(word.toLowerCase())) break;
    kept.push(word);
  }
  if (kept.length === 0 || (kept.length === 1 && !title)) return undefined;
  const result: { name: string; title?: string; qualifier?: string } = { name: kept.join(" ") };
  if (title) result.title = title.replace(/\s+/g, " ");
  if (qualifier) result.qualifier = qualifier.toLowerCase().replace(/^the\s+(?=\S)/, "");
  return result;
}

// Later mentions by full name or by surname alone ("the reforms by Lee"); a surname two
// people share is no evidence for either.
function plainForms(people: readonly Person[]): Array<{ person: number; length: number; surnameOnly: boolean; pattern: RegExp }> {
  return people.flatMap((person, index) => {
    const shared = people.some((other, j) => j !== index && other.surname === person.surname);
    return (shared ? [person.name] : [person.name, person.surname]).map((form) => ({
      person: index,
      length: form.length,
      surnameOnly: form !== person.name,
      pattern: new RegExp(`(?<![\\p{L}.])${escapeRegExp(form)}(?![\\p{L}])`, "gu"),
    }));
  });
}

function findPlainMentions(sentence: Sentence, forms: ReturnType<typeof plainForms>, add: (m: PersonMention) => void): void {
  for (const { person, length, pattern, surnameOnly } of forms) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
      // "Marie Curie" is not a mention of "Pierre Curie": a surname after another given name is someone else.
      if (surnameOnly && /\p{Lu}[\p{L}'’-]*\s+$/u.test(sentence.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // Nor is "Skłodowska-Curie": the surname inside a double-barrelled name is another person's.
      if (surnameOnly && /[-‐]$/.test(sentence.text.slice(0, m.index))) continue;
      add({ person, sentenceId: sentence.id, start: m.index, end: m.index + length });
    }
  }
}

// "X later revisited the theme as Prime Minister", "X became chairman": a role taken on by the
// person the sentence is about.
function findRolesAfterAs(sentence: Sentence, people: Person[], mentions: Map<number, PersonMention[]>): void {
  const list = mentions.get(sentence.id);
  if (!list || list.length === 0) return;
  const pattern = new RegExp(`\\b(?:as|became|becomes|was appointed|was elected|was named)\\s+(?:(then|the)\\s+)?${TITLE}(?![\\p{L}])`, "gu");
  for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
    const before = list.filter((mention) => mention.end <= m!.index);
    const subject = before[0];
    if (!subject || new Set(before.map((b) => b.person)).size !== 1) continue;
    const role: PersonRole = { title: m[2]!.replace(/\s+/g, " "), qualifier: /^as\b/.test(m[0]) ? "as" : "became", sentenceId: sentence.id };
    people[subject.person]!.roles.push(role);
    subject.role ??= role;
  }
}
