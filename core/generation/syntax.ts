// A shallow reading of English clauses: opening phrases, where the main clause ends, and the
// subject / verb group / rest split that questions are built from. It only needs to be right
// often enough; every consumer checks its output and drops what does not fit.

import { AUXILIARIES, DETERMINERS, DISCOURSE_MARKERS, PREPOSITIONS, SUBORDINATORS, VERB_GROUP_ADVERBS } from "./lexicon";
import { tokenize, type Token } from "./tokens";
import { baseOfPast, isParticiple } from "./verbs";

export interface LeadingPhrase {
  text: string;
  start: number;
  end: number;
  kind: "marker" | "date" | "subordinate" | "phrase";
}

export interface Clause {
  subject: string;
  /** Adverbs between subject and verb ("Ann Lee later revisited"). */
  adverbs: string;
  /** First word of the verb group: an auxiliary ("was") or the verb itself ("called"). */
  head: string;
  /** Words between the auxiliary and the main verb, main verb included ("officially documented"). */
  tail: string;
  rest: string;
  tense: "past" | "present" | "perfect" | "future" | "modal";
  auxiliary: boolean;
  passive: boolean;
  /** Base form of the main verb when the clause is in the simple past ("call" for "called"). */
  base?: string;
}

const SORTED_MARKERS = [...DISCOURSE_MARKERS].sort((a, b) => b.length - a.length);
const MARKERS_WITHOUT_COMMA = new Set(["moreover", "furthermore", "thus", "hence", "therefore", "indeed", "additionally", "consequently", "meanwhile", "nevertheless", "in fact", "as result", "as a result"]);
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you"]);

/** Opening markers, dates and adverbial phrases before the main clause. */
export function splitLeading(sentence: string, dateSpans: ReadonlyArray<{ start: number; end: number }>): { leading: LeadingPhrase[]; bodyStart: number } {
  const leading: LeadingPhrase[] = [];
  let pos = 0;
  for (let round = 0; round < 5; round++) {
    const rest = sentence.slice(pos);
    const marker = SORTED_MARKERS.find((m) => rest.toLowerCase().startsWith(m) && /^[,\s]/.test(rest.slice(m.length)));
    const comma = depthZeroComma(sentence, pos);
    if (marker && (rest[marker.length] === "," || MARKERS_WITHOUT_COMMA.has(marker))) {
      const end = pos + marker.length;
      leading.push({ text: sentence.slice(pos, end), start: pos, end, kind: "marker" });
      pos = skipSeparators(sentence, end);
      continue;
    }
    if (comma < 0 || sentence.slice(pos, comma).split(/\s+/).length > 16) break;
    const firstWord = (/^[\p{L}-]+/u.exec(rest)?.[0] ?? "").toLowerCase();
    const segment = { text: sentence.slice(pos, comma), start: pos, end: comma };
    if (SUBORDINATORS.has(firstWord) && !dateSpans.some((d) => d.start === pos)) leading.push({ ...segment, kind: "subordinate" });
    else if (dateSpans.some((d) => d.start >= pos && d.end <= comma) && (dateSpans.some((d) => d.start === pos) || PREPOSITIONS.has(firstWord))) {
      // "The following summer a conference drew up a constitution, which …": a clause after the date is no opening phrase.
      const lastDateEnd = Math.max(...dateSpans.filter((d) => d.start >= pos && d.end <= comma).map((d) => d.end));
      if (sentence.slice(lastDateEnd, comma).trim().split(/\s+/).filter(Boolean).length > 3) break;
      leading.push({ ...segment, kind: "date" });
    }
    else if (PREPOSITIONS.has(firstWord) || /^[a-z]+ing$/.test(firstWord) || /^(?:based|given|compared|faced|prompted)$/.test(firstWord)) leading.push({ ...segment, kind: "phrase" });
    else break;
    pos = skipSeparators(sentence, comma + 1);
  }
  return { leading, bodyStart: pos };
}

function skipSeparators(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s,]/.test(text[i]!)) i++;
  return i;
}

/** Index of the first comma outside quotes and parentheses at or after `from`, or -1. */
export function depthZeroComma(text: string, from: number): number {
  let depth = 0;
  let quote = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "\"" || ch === "“" || ch === "”") quote = !quote;
    else if (ch === "," && depth === 0 && !quote) return i;
  }
  return -1;
}

const CLAUSE_BOUNDARIES = [
  /,\s+(?:which|who|whom|whose|where|while|whereas|although|though|but|so that|since)\b/g,
  /;\s/g,
  /\s[–—]\s|\s-\s/g,
  /,?\s+as\s+(?:he|she|it|they|we)\b/g,
  /,\s+as\s+(?:demonstrated|shown|seen|noted|reflected|evidenced)\b/g,
  /,\s+(?:in return\s+|thereby\s+|thus\s+)?[a-z]+ing\b/g,
  /,\s+(?:and|but)\s+(?=(?:he|she|it|they|there|its|his|her|their|this|these)\b)/g,
  /,\s+and\s+(?=(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?(?:was|were|had|would|could|is|are|has|have|will)\b)/g,
  /\s+and\s+(?=(?:has|have|is|are|remains|still)\b)/g,
  /,\s+(?:because|since|so|as a result)\b/g,
  // "X was the tallest until the Chrysler Building was finished in 1930": a clause of its own.
  /\s+(?:until|till|when|after|before|because|although|though|while|once|whereas)\s+(?=(?:the|a|an|he|she|it|they|his|her|its|their|\p{Lu}\S*)(?:\s+\S+){0,7}?\s+(?:was|were|is|are|had|has|did|\p{Ll}+ed)\b)/gu,
];

/** End of the clause that starts at `from`: the first relative, coordinate or participial break. */
export function clauseEnd(sentence: string, from: number): number {
  let end = sentence.length;
  for (const pattern of CLAUSE_BOUNDARIES) {
    pattern.lastIndex = from;
    for (let m = pattern.exec(sentence); m && m.index < end; m = pattern.exec(sentence)) {
      if (!insideParentheses(sentence, m.index)) {
        end = m.index;
        break;
      }
    }
  }
  return end;
}

export interface Segment {
  start: number;
  stop: number;
  /** The word that joined this clause to the one before ("which", "but", "as"), if any. */
  connector: string;
}

/** The main clause from `bodyStart` and the clauses joined after it ("..., but X", "as he ..."). */
export function clauseSegments(text: string, bodyStart: number): Segment[] {
  const segments: Segment[] = [];
  let start = bodyStart;
  let connector = "";
  for (let guard = 0; guard < 8 && start < text.length; guard++) {
    const stop = clauseEnd(text, start);
    segments.push({ start, stop, connector });
    const join = /^[,;\s]*(?:[–—-]\s+)?(as|and|but|while|whereas|which|who|although|though|since|so that|where|until|till|when|after|before|because|once)?\s*/.exec(text.slice(stop));
    if (!join || join[0].length === 0) break;
    connector = join[1] ?? "";
    start = stop + join[0].length;
  }
  return segments;
}

function insideParentheses(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}

/** Subject, verb group and rest of a clause, or undefined when no finite verb is found. */
export function parseClause(text: string): Clause | undefined {
  const clean = text.replace(/,\s*(?:however|moreover|furthermore|therefore|thus|indeed|though|too|in fact),?/gi, "").trim();
  const tokens = tokenize(clean);
  const at = findVerb(tokens);
  if (at === undefined || at === 0) return undefined;
  const before = clean.slice(0, tokens[at]!.start).trim();
  const adverbMatch = /(?:\s+(?:[a-z]+ly|later|then|soon|also|first|once|again|still|never|already|further|often))+$/.exec(before);
  // "There her student Raymond Gosling took …": an adverb of place or time before the subject is not part of it.
  const subject = (adverbMatch ? before.slice(0, adverbMatch.index) : before).replace(/^(?:There|Here|Then|Later|Meanwhile|Afterwards|Soon|Eventually|Finally)\s+(?=\S)/, "");
  const adverbs = adverbMatch ? adverbMatch[0].trim() : "";
  if (subject.length === 0 || /,/.test(subject.replace(/\([^)]*\)/g, "")) || PREPOSITIONS.has(tokens[0]!.lower)) return undefined;
  const head = tokens[at]!;
  if (!AUXILIARIES.has(head.lower)) {
    const base = baseOfPast(head.text);
    return { subject, adverbs, head: head.text, tail: "", rest: clean.slice(head.end).trim(), tense: "past", auxiliary: false, passive: false, ...(base ? { base } : {}) };
  }
  let j = at + 1;
  while (j < tokens.length && tokens[j]!.word && (VERB_GROUP_ADVERBS.has(tokens[j]!.lower) || /ly$/.test(tokens[j]!.lower) || /^(?:be|been|being|not)$/.test(tokens[j]!.lower))) j++;
  const main = tokens[j];
  const hasMain = main !== undefined && main.word && !main.nested && (isParticiple(main.text) || /ing$/.test(main.lower)) && /^\p{Ll}/u.test(main.text);
  if (!hasMain && /^(?:had|has|have)$/.test(head.lower) && j === at + 1) {
    // "had" as the main verb ("the town had rich mines"), not an auxiliary.
    return { subject, adverbs, head: head.text, tail: "", rest: clean.slice(head.end).trim(), tense: head.lower === "had" ? "past" : "present", auxiliary: false, passive: false, base: "have" };
  }
  const tailEnd = hasMain ? main!.end : tokens[j - 1]!.end;
  const tail = clean.slice(head.end, tailEnd).trim();
  const be = /^(?:was|were|is|are|am)$/.test(head.lower) || /\bbe(?:en|ing)?\b/.test(tail);
  return {
    subject,
    adverbs,
    head: head.text,
    tail,
    rest: clean.slice(tailEnd).trim(),
    tense: tenseOf(head.lower, tail),
    auxiliary: true,
    passive: be && hasMain && isParticiple(main!.text),
  };
}

function tenseOf(aux: string, tail: string): Clause["tense"] {
  if (aux === "was" || aux === "were" || aux === "did" || (aux === "had" && !/^to\b/.test(tail))) return "past";
  if (aux === "has" || aux === "have") return "perfect";
  if (aux === "is" || aux === "are" || aux === "am" || aux === "does" || aux === "do") return "present";
  if (aux === "will" || aux === "shall") return "future";
  return "modal";
}

function findVerb(tokens: readonly Token[]): number | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.nested) continue;
    const previous = tokens[i - 1]!;
    if (AUXILIARIES.has(t.lower) && !/^(?:that|which|who)$/.test(previous.lower)) return i;
    if (!/^\p{Ll}/u.test(t.text) || baseOfPast(t.text) === undefined) continue;
    if (DETERMINERS.has(previous.lower) || PREPOSITIONS.has(previous.lower) || previous.lower === "to" || previous.text === "-") continue;
    const next = tokens[i + 1];
    // "a vision put forward by X", "measures aimed at": a participle after a noun, with a finite
    // verb still to come, modifies the noun.
    const reduced = !PRONOUNS.has(previous.lower) && next !== undefined && (next.lower === "by" || hasLaterAuxiliary(tokens, i));
    if (!reduced) return i;
  }
  return undefined;
}

function hasLaterAuxiliary(tokens: readonly Token[], from: number): boolean {
  for (let i = from + 1; i < tokens.length && i < from + 14; i++) {
    const t = tokens[i]!;
    if (t.text === ",") return false;
    if (!t.nested && /^(?:was|were|is|are|has|have|had)$/.test(t.lower) && !/^(?:that|which|who)$/.test(tokens[i - 1]!.lower)) return true;
  }
  return false;
}

/** "When did X call for Y?" / "When was X adopted?"; undefined unless the clause is in the past. */
export function whenQuestion(clause: Clause, subject: string, wh = "When"): string | undefined {
  if (clause.tense !== "past") return undefined;
  const rest = clause.rest ? ` ${clause.rest}` : "";
  const adverbs = clause.adverbs ? ` ${clause.adverbs}` : "";
  if (clause.auxiliary) return `${wh} ${clause.head.toLowerCase()} ${subject}${adverbs}${clause.tail ? ` ${clause.tail}` : ""}${rest}?`;
  if (!clause.base) return undefined;
  // "climbed to the top and raised the flag" -> "climb to the top and raise the flag".
  const coordinated = rest.replace(/\b(and|or)\s+(\p{Ll}+)\b/gu, (whole, conjunction: string, word: string) => {
    const base = baseOfPast(word);
    return base && base !== word ? `${conjunction} ${base}` : whole;
  });
  return `${wh} did ${subject}${adverbs} ${clause.base}${coordinated}?`;
}

/** The clause again as a statement, with a new subject. */
export function statementOf(clause: Clause, subject: string): string {
  return [subject, clause.adverbs, clause.head, clause.tail, clause.rest].filter((p) => p.length > 0).join(" ");
}
