// A person the clause reader could not turn into a who-card is still worth a card: the sentence
// that names them, with the name blanked ("West German Chancellor _____ cut short a state visit
// to Poland ..."). The card says only what the sentence says, so it cannot pair a person with an
// act that is not theirs; it is made only for a name English marks as a person's: a title or a
// role noun right before it ("the Canadian psychiatrist Brock Chisholm", "his wife, Anna Bertha"),
// a name the tagger knows as a person's, or a name joined by "and" to one of those.

import type { CardDraft } from "../card-draft";
import { BLANK, clozeInContext } from "../sentence-cloze";
import { escapeRegExp } from "../text";
import type { Sentence } from "../types";
import type { ArticleReading } from "./read";
import { isPersonFullName, isRoleNoun } from "./referents";
import type { Word } from "./tagged";

const PARTICLE = /^(?:van|von|de|da|di|del|della|der|den|la|le|al|el|bin|bint|ibn|ben|du|dos|das|ter|ten|zu|af|av|arap|ap|ab|ould)$/;
/** Capitalised words that open a sentence or a phrase without naming anyone. */
const NOT_A_NAME = /^(?:the|a|an|in|on|at|by|for|from|with|after|before|during|when|while|his|her|its|their|this|that|these|those|it|he|she|they|we|but|and|yet|so|then|as|since|until|among|both|two|three|four|five|six|seven|eight|nine|ten|dr|mr|mrs|ms|sir)$/;
const PLACE_TAGS = ["Place", "Country", "City", "Organization", "Date", "Month", "WeekDay", "Demonym", "Acronym"];
const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"];
const AGENT_VERB = /^(?:led|headed|commanded|founded|designed|painted|written|composed|invented|discovered|begun|started|developed|created|built|devised|directed|organi[sz]ed|commissioned|drafted|proposed|captained)$/;
const NAME_TAGS = ["FirstName", "LastName", "MaleName", "FemaleName"];
/** Last words of the names of things named after people. */
const THING_HEAD = /^(?:treaty|treaties|accords?|act|acts|agreement|prize|award|medal|cup|trophy|plan|doctrine|line|law|laws|institute|university|college|school|foundation|company|bridge|street|square|hall|library|museum|centre|center|report|commission|committee|convention|protocol|canal|airport|station|building|tower|memorial|park|lecture|lectures|programme|program|project|dam|reservoir|hospital)$/;

interface NameSpan {
  sentenceId: number;
  start: number;
  end: number;
  text: string;
  words: Word[];
  /** How the name is marked as a person's: by a title or role, by the tagger, or by "and" beside one. */
  by: "role" | "tagger" | "coordination";
}

export function buildPersonClozeCards(reading: ArticleReading, sentences: readonly Sentence[], asked: (name: string) => boolean, explain: (ids: number[]) => string): CardDraft[] {
  const mainName = reading.main?.person ? reading.main.name : undefined;
  const drafts: CardDraft[] = [];
  const done = new Set<string>();
  for (const sentence of sentences) {
    for (const name of peopleIn(sentence, reading.wordsBySentence[sentence.id] ?? [])) {
      const surname = name.text.split(/\s+/).pop()!;
      if (done.has(surname) || asked(name.text) || (mainName && (mainName === name.text || mainName.endsWith(` ${surname}`)))) continue;
      // Every place the sentence writes the name is blanked, not only the first.
      const cloze = clozeInContext(sentences, sentence.id, name.start, name.end);
      if (!cloze) continue;
      // Whole words only: "South Africa" is no part of "South African".
      const prompt = cloze.text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.text)}(?![\\p{L}\\p{N}])`, "gu"), BLANK);
      done.add(surname);
      drafts.push({
        kind: "actionToPerson",
        prompt: `Fill in the person: ${prompt}`,
        answer: name.text,
        explanation: explain(cloze.sentenceIds),
        sourceSentenceIds: cloze.sentenceIds,
        confidence: name.by === "coordination" ? 0.7 : 0.8,
      });
    }
  }
  return drafts;
}

/** The people a sentence names, each once, in order. */
export function peopleIn(sentence: Sentence, words: readonly Word[]): NameSpan[] {
  const found: NameSpan[] = [];
  const unmarked: NameSpan[] = [];
  const runs = capitalisedRuns(words);
  for (const run of runs) {
    // A title or role inside the run ("West German Chancellor Helmut Kohl") or just before it
    // ("the veteran leader Erich Honecker", "his wife, Anna Bertha") marks the rest as a name.
    let from = 0;
    let titled = false;
    for (let i = 0; i < run.length - 1; i++) if (isTitle(run[i]!)) { from = i + 1; titled = true; }
    while (from < run.length && NOT_A_NAME.test(run[from]!.norm)) from++;
    const name = run.slice(from);
    const initial = (w: Word) => /^\p{Lu}$/u.test(w.text) && w.post === ".";
    if (name.length === 0) continue;
    // "The Mona Lisa": a capitalised article opened the run, so it names a thing.
    if (!titled && run.slice(0, from).some((w) => /^(?:the|a|an)$/.test(w.norm))) continue;
    const at = words.indexOf(run[0]!);
    const before = words[at - 1];
    // "The Satsuma Rebellion of 1877, led by Saigō Takamori": the agent of leading or making is a person.
    const agent = before?.norm === "by" && AGENT_VERB.test(words[at - 2]?.norm ?? "") && name.length >= 2;
    const roleBefore = !titled && before !== undefined && from === 0 && isTitle(before) && !/[;:]/.test(before.post);
    // compromise tags many capitalised words "Person"; a first name, a surname it knows or initials are surer.
    // A particle inside ("Max von Laue") marks a person's name as surely as a known first name.
    const tagged = name.length >= 2 && (name.some((w) => NAME_TAGS.some((t) => w.tags.has(t)) || initial(w)) || (name.some((w) => w.tags.has("Person")) && name.slice(1, -1).some((w) => PARTICLE.test(w.norm))));
    // "renamed the Musée Napoléon": a name after an article is a thing's, unless a title came between.
    if (!titled && !roleBefore && before && /^(?:the|a|an)$/.test(before.norm)) continue;
    // "Secretary of War", "Director-General": the title alone is no name.
    if (name.every(isTitle) || /[-‐–—]$/.test(sentence.text.slice(0, name[0]!.start)) || /^[-‐–]\p{L}/u.test(sentence.text.slice(name[name.length - 1]!.end))) continue;
    // "the Torrijos–Carter Treaties", "the Nobel Prize", "the Marshall Plan": a name that ends on what it names is a thing's.
    if (THING_HEAD.test(name[name.length - 1]!.norm)) continue;
    // A place's tag loses to a title or role right before the name ("the architect I. M. Pei").
    if (!titled && !roleBefore && name.some((w) => !initial(w) && PLACE_TAGS.some((t) => w.tags.has(t)) && !PERSON_TAGS.some((t) => w.tags.has(t)))) continue;
    // "the Native American nations", "the Holy Roman Emperor, Spain": one word of a place or people is no one's name.
    if (name.length === 1 && PLACE_TAGS.some((t) => name[0]!.tags.has(t))) continue;
    const by: NameSpan["by"] | undefined = titled || roleBefore || agent ? "role" : tagged ? "tagger" : undefined;
    const span = spanOf(sentence, name, by ?? "coordination");
    if (!span || !isPersonFullName(span.text)) continue;
    if (by) found.push(span);
    else if (name.length >= 2) {
      // "Mohamed Atalla and Dawon Kahng": a name joined by "and" to a person's is a person's.
      const prev = found[found.length - 1];
      const joined = prev && words.some((w) => w.norm === "and" && w.start >= prev.end && w.end <= span.start) && sentence.text.slice(prev.end, span.start).split(/\s+/).length <= 5;
      if (joined) found.push(span);
      else unmarked.push(span);
    }
  }
  // A name before "and" and a person after it: "Szeming Sze of China and Geraldo de Paula Souza".
  for (const span of unmarked) {
    const next = found.find((f) => f.start > span.end);
    if (next && /^(?:\s+of\s+\p{Lu}[\p{L}-]+)?\s+and\s+$/u.test(sentence.text.slice(span.end, next.start))) found.push(span);
  }
  return found.sort((a, b) => a.start - b.start).filter((s, i, all) => all.findIndex((o) => o.text === s.text) === i);
}

/** Runs of capitalised words (initials and particles inside a name allowed), split at punctuation. */
function capitalisedRuns(words: readonly Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length > 0 && PARTICLE.test(run[run.length - 1]!.norm)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const w of words) {
    const capital = /^\p{Lu}/u.test(w.text);
    const particle = run.length > 0 && PARTICLE.test(w.norm);
    // "Feng-hsiung Hsu": the tagger splits a hyphenated given name.
    const hyphenated = run.length > 0 && run[run.length - 1]!.post === "-";
    if (!capital && !particle && !hyphenated) {
      close();
      continue;
    }
    run.push(w);
    // An initial ("G.", "P.") or a title ("Dr.") keeps its dot inside the name; other punctuation ends it.
    const initial = /^\p{Lu}$/u.test(w.text) || w.tags.has("Honorific");
    if ((w.post !== "" && w.post !== "-" && !(initial && w.post === ".")) || /['’]s$/.test(w.text)) close();
  }
  close();
  return runs;
}

function isTitle(w: Word): boolean {
  // The tagger marks "of" in "president of South Africa" as part of the role: it names no one.
  if (/^(?:of|the|a|an|and|or|for|to|in|on|at|from|with)$/.test(w.norm)) return false;
  return w.tags.has("Honorific") || w.tags.has("Actor") || isRoleNoun(w.norm) || isRoleNoun(w.norm.replace(/s$/, ""));
}

function spanOf(sentence: Sentence, words: readonly Word[], by: NameSpan["by"]): NameSpan | undefined {
  const start = words[0]!.start;
  let end = words[words.length - 1]!.end;
  let text = sentence.text.slice(start, end);
  // "G. S. Carr's Synopsis": the name without its possessive.
  const possessive = /['’]s$/.exec(text);
  if (possessive) {
    end -= possessive[0].length;
    text = text.slice(0, -possessive[0].length);
  }
  text = text.replace(/\s+/g, " ");
  if (!/\p{L}{2}/u.test(text)) return undefined;
  return { sentenceId: sentence.id, start, end, text, words: [...words], by };
}
