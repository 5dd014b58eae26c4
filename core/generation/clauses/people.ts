// Who-cards from the ways English introduces a person without a title: an appositive
// ("Michael Collins, the command module pilot"), a relative clause ("John Maynard Keynes, who
// led the British delegation"), an agent phrase ("its delegation, led by Vyacheslav Molotov")
// and a name as the subject of an action verb ("Hardy concluded that ...").

import type { CardDraft } from "../card-draft";
import { tidyClause } from "../text";
import type { Sentence } from "../types";
import type { ArticleReading } from "./read";
import { subjectWords } from "./read";
import { isPersonFullName, isRoleNoun, looksLikePerson } from "./referents";
import { infinitiveOf, is, tagSentence } from "./tagged";

// "John R. Pierce": a middle initial belongs to the name, not the start of another.
const NAME = String.raw`(\p{Lu}[\p{L}’'-]+\s+(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{L}’'-]+|(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}’'-]+|\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:van|von|de|da|di|du|al|bin|ibn)\s+)?\p{Lu}[\p{L}’'-]+){0,3})`;
const NOT_A_NAME = /^(?:The|A|An|In|On|At|By|For|From|With|After|Before|During|When|While|His|Her|Its|Their|This|That|These|Those|It|He|She|They|We|But|And|Yet|So|Then|As|Since|Until)$/;

export function buildPeopleCards(reading: ArticleReading, sentences: readonly Sentence[], explain: (ids: number[]) => string): CardDraft[] {
  const drafts: CardDraft[] = [];
  const mainName = reading.main?.person ? reading.main.name : undefined;
  const full = (name: string) => reading.fullNames.get(name) ?? name;
  const push = (prompt: string, answer: string, sentenceId: number, confidence = 0.85) => {
    if (mainName && (answer === mainName || mainName.endsWith(` ${answer}`))) return;
    // The answer's full name may be written out only in an earlier sentence: that one is a source too.
    const named = reading.nameSentences.get(answer);
    const ids = named !== undefined && named !== sentenceId ? [Math.min(named, sentenceId), Math.max(named, sentenceId)] : [sentenceId];
    drafts.push({ kind: "actionToPerson", prompt: tidyClause(prompt).replace(/\s+\?$/, "?"), answer, explanation: explain(ids), sourceSentenceIds: ids, confidence });
  };
  for (const sentence of sentences) {
    const text = sentence.text;
    // "NAME, the/a ROLE ...,"
    for (const m of text.matchAll(new RegExp(`${NAME},\\s+((?:the|a|an)\\s+[^,;:.()]{3,80}?)(?=[,;.]|$)`, "gu"))) {
      const name = m[1]!;
      // "a former army officer under whom he had once served": the role ends where its relative clause starts.
      let role = m[2]!.replace(/\s+(?:(?:under|with|for|of|by|to|from)\s+)?(?:whom|who|which|that|whose)\b.*$/, "");
      if (!personName(name) || !hasRoleNoun(role, name) || /\b(?:he|she|his|her|its|their|it|they)\b/i.test(role)) continue;
      // "the diplomat" alone names no one: with its relative clause ("the diplomat who had built the Suez Canal") it does.
      // A role with a relative clause of its own that leans on no pronoun keeps it: it says which one.
      if (m[2]! !== role && !/\b(?:he|she|him|his|her|its|their|it|they|them)\b/i.test(m[2]!)) role = m[2]!;
      else if (role.split(/\s+/).length <= 2) continue;
      push(`Who was ${role.replace(/^(?:A|An|The)\b/, (w) => w.toLowerCase())}?`, full(name), sentence.id);
    }
    // "the ROLE, NAME," / "her brother, NAME"
    for (const m of text.matchAll(new RegExp(`\\b(the\\s+[\\p{Ll}\\s-]{3,40}?),\\s+${NAME}(?=[,;.]|$)`, "gu"))) {
      const role = m[1]!;
      const name = m[2]!;
      // A definite noun phrase renamed by a name of two or more words set off by commas is an appositive.
      if (!personName(name) || !(hasRoleNoun(role, name) || name.split(/\s+/).length >= 2) || /\b(?:his|her|its|their)\b/i.test(role)) continue;
      push(`Who was ${role}?`, full(name), sentence.id);
    }
    // "NAME, who VERBED ...,"
    for (const m of text.matchAll(new RegExp(`${NAME},?\\s+who\\s+([^,;.]{5,120})`, "gu"))) {
      const name = m[1]!;
      const vp = m[2]!.replace(/\s+and\s+\S+\s+(?:him|her|them|it)\b.*$/, "");
      const first = tagSentence(`They ${vp}`)[1];
      // "his" and "her" in the predicate point back at the person asked for; other pronouns point elsewhere.
      if (!personName(name) || !first || !(is(first, "PastTense") || /^(?:was|were|had)$/.test(first.norm)) || /\b(?:he|she|him|they|them|it|its)\b/i.test(vp)) continue;
      push(`Who ${vp}?`, full(name), sentence.id);
    }
    // "NP, led by NAME" / "NP was founded by NAME"
    for (const m of text.matchAll(new RegExp(`\\b((?:the|an?)\\s+(?:(?!(?:the|a|an)\\s)[\\p{L}'’-]+\\s+){0,5}?[\\p{L}'’-]+),?\\s+(?:was\\s+|were\\s+)?(led|headed|commanded|founded|designed|built|painted|written|composed|discovered|invented|proposed|signed|drafted|directed|organi[sz]ed|captained|ruled|governed|managed|financed|commissioned)\\s+by\\s+(?:the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+|\\p{Lu}[\\p{L}-]*\\s+(?=\\p{Ll})){0,3})?${NAME}`, "gu"))) {
      const thing = m[1]!;
      const verb = m[2]!;
      const name = m[3]!;
      if (!personName(name) || /\b(?:its|his|her|their|this|that)\b/i.test(thing) || (/^an?\s/i.test(thing) && thing.split(/\s+/).length < 4)) continue;
      // "a team at the University of Oxford led by X": what X led is the noun before the preposition.
      if (/\b(?:at|in|of|from|on|for|with|near|under)\s+$/i.test(text.slice(0, m.index))) continue;
      push(`Who ${pastOf(verb)} ${thing.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())}?`, full(name), sentence.id);
    }
  }
  // "Hardy concluded that ...": a named person as the subject of a past-tense action.
  for (const clause of reading.clauses) {
    if (!clause.personSubject || clause.subjectStart === undefined || !clause.subject) continue;
    const words = subjectWords(clause);
    // "his son William Lawrence Bragg" alone leans on another clause; "X and his son Y" names both.
    if (is(words[0], "Pronoun") || is(words[0], "Possessive")) continue;
    const verb = clause.words[clause.verb]!;
    const next = clause.words[clause.verb + 1];
    // "Tung Chee-hwa ... was sworn in as ...", "Laura Bassi was the first woman to ...": a passive or a role is an action too.
    const passive = /^(?:was|were)$/.test(verb.norm) && next !== undefined && (is(next, "PastTense") || is(next, "Participle")) && !is(next, "Adjective");
    const role = /^(?:was|were)$/.test(verb.norm) && next !== undefined && /^(?:the|a|an)$/.test(next.norm) && /\b(?:first|last|only|founder|leader|head|director|president|chairman|inventor|author|architect|designer)\b/.test(clause.words.slice(clause.verb + 1, clause.verb + 5).map((w) => w.norm).join(" "));
    if (!passive && !role && (!is(verb, "PastTense") || is(verb, "Auxiliary") || is(verb, "Copula"))) continue;
    const text = sentences[clause.sentenceId]!.text;
    const whole = tidyClause(text.slice(verb.start, clause.end));
    const rest = whole
      .replace(/,?\s+(?:where|which|who|whom|whose)\b.*$/s, "")
      .replace(/,\s+(?:while|whereas|although|though)\s.*$/s, "")
      .replace(/,\s+(?:and|but)\s(?!(?:\w+,\s))(?=.*\b(?:said|added|told|went)\b).*$/s, "")
      .replace(/,\s+(?:and|but)\s+(?=\p{Ll}+ed\b|said|told)(?!\p{Ll}+ed,).*$/su, "");
    // Cut short, a predicate must not end on a verb waiting for its object ("... Hong Kong demanded").
    const tail = tagSentence(rest).slice(-2);
    if (rest !== whole && is(tail[1], "Verb") && tail[0]?.norm !== "to") continue;
    if (rest.split(/\s+/).length < 2 || rest.split(/\s+/).length > 30 || /\b(?:he|she|him|they|them|it|its)\b/i.test(rest) || /\s(?:of|in|on|at|to|for|with|under|by|from|as)$/.test(rest)) continue;
    // "Who was crowned?": a bare passive fits everyone it happened to (Harold, then William).
    if (passive && rest.split(/\s+/).length <= 2) continue;
    // "Who found one?", "Who did this?": the object points elsewhere.
    if (/\s(?:one|this|that|these|those|so|too)$/.test(rest)) continue;
    // A name as subject is read from word order alone: less sure than an appositive or "who".
    push(`Who ${rest}?`, clause.subject, clause.sentenceId, 0.75);
  }
  drafts.push(...objectPersonCards(reading, sentences, push));
  return drafts;
}

/**
 * A person named as the object of an action: "Francis I ... commissioned the architect Pierre
 * Lescot to replace the old keep" -> "Who did Francis I commission to replace the old keep ...?",
 * "In 1909 he married Janaki" -> "Who did Srinivasa Ramanujan marry?".
 */
function objectPersonCards(reading: ArticleReading, sentences: readonly Sentence[], push: (prompt: string, answer: string, sentenceId: number, confidence?: number) => void): CardDraft[] {
  for (const clause of reading.clauses) {
    const subject = clause.subject;
    if (!subject || /\b(?:this|that|these|those|which|who)\b/i.test(subject)) continue;
    const words = clause.words;
    const verb = words[clause.verb]!;
    if (!is(verb, "PastTense") || is(verb, "Auxiliary") || is(verb, "Copula") || is(verb, "Participle") && !is(verb, "PastTense")) continue;
    // Optional "the architect", "his private secretary," before the name.
    let i = clause.verb + 1;
    let role = false;
    if (/^(?:the|a|an|his|her|their|its)$/.test(words[i]?.norm ?? "")) {
      let k = i + 1;
      while (k < words.length && k < i + 5 && /^\p{Ll}/u.test(words[k]!.text) && !words[k - 1]!.post) k++;
      if (k > i + 1 && isRoleNoun(words[k - 1]!.norm)) {
        role = true;
        i = k;
      } else continue;
    }
    let end = i;
    while (end < words.length && (/^\p{Lu}/u.test(words[end]!.text) || (end > i && /^(?:van|von|de|da|di|du)$/.test(words[end]!.norm))) && !is(words[end], "Date")) {
      end++;
      if (words[end - 1]!.post) break;
    }
    const nameWords = words.slice(i, end);
    if (nameWords.length === 0) continue;
    const text = sentences[clause.sentenceId]!.text;
    const written = text.slice(nameWords[0]!.start, nameWords[nameWords.length - 1]!.end);
    const name = reading.fullNames.get(written) ?? written;
    const known = reading.fullNames.get(written) !== undefined && isPersonFullName(name);
    if (!personName(name) || !(role || known || looksLikePerson(nameWords, written))) continue;
    // What follows the name, up to a relative clause or a new clause: "to replace the old keep ...".
    const after = nameWords[nameWords.length - 1]!.post.includes(",") ? "" : tidyClause(text.slice(nameWords[nameWords.length - 1]!.end, clause.end))
      .replace(/,?\s+(?:where|which|who|whom|whose|when|while|because|although)\b.*$/s, "")
      .replace(/,.*$/s, "");
    if (/\b(?:he|she|him|they|them|it|its|one|this|that)\b/i.test(after) || after.split(/\s+/).length > 20) continue;
    const base = infinitiveOf(verb.text);
    const rest = after ? ` ${after}` : "";
    if (!rest && !/^(?:marry|meet|succeed|replace|defeat|appoint|hire|employ|elect|crown|assassinate|kill|murder|execute|exile|arrest|depose|overthrow|beat|marry|divorce|adopt|baptise|baptize|invite|nominate|name|choose|sack|dismiss|fire)$/.test(base)) continue;
    push(`Who did ${subject} ${base}${rest}?`, name, clause.sentenceId, 0.75);
  }
  return [];
}

function personName(name: string): boolean {
  const first = name.split(/\s+/)[0]!;
  if (NOT_A_NAME.test(first) || !isPersonFullName(name)) return false;
  const words = tagSentence(name);
  return !words.some((w) => is(w, "Place") || is(w, "Country") || is(w, "City") || is(w, "Organization") || is(w, "Date"));
}

/**
 * Whether a noun phrase names a role a person holds: its head is a known role noun, or compromise
 * tags it as a person noun; a bare "-er" word ("steamer") counts only beside a known first name.
 */
function hasRoleNoun(phrase: string, name: string): boolean {
  const head = phrase.replace(/\s+(?:of|at|in|for|from|on|to|with)\s.*$/, "").trim().split(/\s+/).pop()!.toLowerCase();
  if (isRoleNoun(head) || /\bmember\b/.test(phrase)) return true;
  const tagged = tagSentence(`the ${head}`)[1];
  if (tagged && is(tagged, "Actor")) return true;
  return /(?:er|or|ist|ian)$/.test(head) && tagSentence(name).some((w) => is(w, "FirstName") || is(w, "Person"));
}

const IRREGULAR_PAST: Record<string, string> = { written: "wrote", built: "built", drawn: "drew", led: "led", ruled: "ruled" };

function pastOf(participle: string): string {
  return IRREGULAR_PAST[participle] ?? participle;
}

