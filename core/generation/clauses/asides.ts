// Dates that English attaches to a noun rather than to the clause's verb: a participle aside
// ("The line from London to Bristol, completed in 1841, was ..."), a participle after an
// appositive ("the Montreux Record, a register created in 1990"), and an event named with its
// year ("The Satsuma Rebellion of 1877"). Each becomes an event of its own about that noun.

import { nounPhraseEndingAt } from "../events";
import type { DatedEvent, DateMention } from "../fact-types";
import { asStatement, upperFirst } from "../text";
import type { Sentence } from "../types";

const PARTICIPLE = String.raw`(?:\p{Ll}+ed|built|begun|born|made|held|won|sold|shown|known|drawn|written|founded|laid|set|struck|broken|torn|sunk|thrown|rebuilt)`;
const ASIDE = new RegExp(String.raw`,\s+((?:first\s+|finally\s+|later\s+|formally\s+|officially\s+)?${PARTICIPLE})((?:\s+(?!and\b|but\b)[^\s,;]+){0,8}?)\s+$`, "u");
const AFTER_APPOSITIVE = new RegExp(String.raw`((?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}’'-]+){0,4}),\s+an?\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(${PARTICIPLE})((?:\s+[^\s,;]+){0,6}?)\s+$`, "u");
const NAMED_WITH_YEAR = /\b((?:the\s+)?(?:\p{Lu}[\p{L}’'-]+\s+){1,4})of\s+$/u;

export function extractAsideEvents(sentences: readonly Sentence[], datesBySentence: ReadonlyMap<number, DateMention[]>): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const sentence of sentences) {
    for (const mention of datesBySentence.get(sentence.id) ?? []) {
      if (mention.kind !== "explicit" || mention.date.start.decade || mention.series || mention.dateline) continue;
      const dateText = sentence.text.slice(mention.start, mention.end);
      const before = sentence.text.slice(0, mention.start);
      const after = sentence.text.slice(mention.end);
      if (/^(?:in|on)\s/i.test(dateText) && /^\s*[,.;)]/.test(after)) {
        const event = participleEvent(before, mention, sentence.id);
        if (event) events.push(event);
        continue;
      }
      // "The Satsuma Rebellion of 1877": the date names which one; ask when it was.
      const named = NAMED_WITH_YEAR.exec(before);
      if (named && /^\d{4}$/.test(dateText.trim())) {
        const thing = named[1]!.trim().replace(/^The\b/, "the");
        if (!/^(?:the\s+)?\p{Lu}/u.test(thing) || thing.split(/\s+/).length < 2 || /^(?:In|On|At|By|For|From|The)$/.test(thing)) continue;
        events.push(event(mention, sentence.id, `When was ${thing}?`, `${upperFirst(thing)} took place`));
      }
    }
  }
  return events;
}

function participleEvent(before: string, mention: DateMention, sentenceId: number): DatedEvent | undefined {
  const appositive = AFTER_APPOSITIVE.exec(before);
  if (appositive) {
    const thing = appositive[1]!.replace(/^The\b/, "the");
    const phrase = `${appositive[2]}${appositive[3] ?? ""}`.trim();
    if (/^(?:In|On|At|By|For|From|After|Before|During|When|While)\b/.test(thing)) return undefined;
    return passive(mention, sentenceId, thing, phrase);
  }
  const aside = ASIDE.exec(before);
  if (!aside) return undefined;
  const phrase = `${aside[1]}${aside[2] ?? ""}`.trim();
  if (/\b(?:he|she|it|they|his|her|its|their|him|them)\b/i.test(phrase)) return undefined;
  const head = before.slice(0, aside.index);
  const name = /((?:the\s+)?\p{Lu}[\p{L}’'–-]+(?:\s+(?:(?:of|for|on|and|de)\s+(?:the\s+)?|the\s+)?\p{Lu}[\p{L}’'–-]+){0,8}|the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}(?:\s+(?:from|of)\s+\p{Lu}[\p{L}-]+(?:\s+to\s+\p{Lu}[\p{L}-]+)?)?)$/u.exec(head)?.[1];
  // "the Vienna Convention for the Protection of the Ozone Layer, adopted in 1985": never a tail of a longer name.
  if (name && /\b(?:of|for|on|and|to|in)\s+$/i.test(head.slice(0, head.length - name.length))) return undefined;
  // "was arrested and, after the Rivonia Trial, sentenced in 1964": the participle is the
  // clause's verb, with its subject and "was" before the opening phrase, not an aside on the trial.
  if (name && /(?:^|[,;]|\band|\bbut)\s*,?\s*(?:after|before|during|following|despite|until|since|throughout|under|with|without)\s+$/i.test(head.slice(0, head.length - name.length))) return undefined;
  const thing = name ?? nounPhraseEndingAt(head);
  if (!thing || /^(?:In|On|At|By|For|From|After|Before|During|When|While)\b/.test(thing) || thing.split(/\s+/).length < 2) return undefined;
  return passive(mention, sentenceId, thing.replace(/^The\b/, "the"), phrase);
}

function passive(mention: DateMention, sentenceId: number, thing: string, phrase: string): DatedEvent {
  const plural = /(?<!s)s$/.test(thing.replace(/\s+(?:of|from)\s.*$/, "")) && !/^\p{Lu}/u.test(thing);
  const be = plural ? "were" : "was";
  return event(mention, sentenceId, `When ${be} ${thing} ${phrase}?`, `${upperFirst(thing)} ${be} ${phrase}`);
}

function event(mention: DateMention, sentenceId: number, question: string, statement: string): DatedEvent {
  const body = asStatement(statement);
  return { date: mention.date, statement: body, short: body, question: question.replace(/\s+/g, " "), kind: "clause", confidence: 0.8, mentionText: mention.text, sentenceIds: [sentenceId] };
}
