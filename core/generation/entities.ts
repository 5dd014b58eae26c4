// Organisations and places, by shape: a capitalised name ending in an organisation noun
// ("World Health Organization", "the Labour party"), and a capitalised name
// after a preposition of place ("in Lyon", "via Austria") that is not a person or month.

import type { Analysis } from "./analysis";
import type { NamedThing } from "./fact-types";
import { MONTH_BY_NAME, ORGANISATION_NOUNS, SEASON_BY_NAME } from "./lexicon";

const CAPITAL = "\\p{Lu}[\\p{L}'’-]*";
const LOWER_HEADS = [...ORGANISATION_NOUNS].join("|");
const ORGANISATION = new RegExp(`((?:${CAPITAL}\\s+){1,4}(?:${CAPITAL}|(?:${LOWER_HEADS})\\b))(?:\\s+(?:for|of)\\s+((?:${CAPITAL}\\s*){1,3}))?`, "gu");
const PLACE = new RegExp(`\\b(?:in|at|to|from|via|through|towards|near|across|within|between|and)\\s+((?:${CAPITAL})(?:\\s+${CAPITAL}){0,2})`, "gu");

export function extractOrganisations(analysis: Analysis): NamedThing[] {
  const found = new Map<string, NamedThing>();
  for (const sentence of analysis.sentences) {
    ORGANISATION.lastIndex = 0;
    for (let m = ORGANISATION.exec(sentence.text); m; m = ORGANISATION.exec(sentence.text)) {
      const words = m[1]!.trim().split(/\s+/);
      const head = words[words.length - 1]!;
      if (!ORGANISATION_NOUNS.has(head.toLowerCase()) || words.length < 2) continue;
      const start = words[0] === "The" || words[0] === "A" ? 1 : 0;
      if (words.length - start < 2) continue;
      const name = [words.slice(start).join(" "), m[2] ? `${/for/.test(m[0]) ? "for" : "of"} ${m[2].trim()}` : ""].filter(Boolean).join(" ");
      add(found, name, sentence.id);
    }
  }
  return sorted(found);
}

export function extractPlaces(analysis: Analysis, organisations: readonly NamedThing[]): NamedThing[] {
  const found = new Map<string, NamedThing>();
  const people = new Set(analysis.people.people.flatMap((p) => [p.name, ...p.name.split(" ")]));
  for (const sentence of analysis.sentences) {
    PLACE.lastIndex = 0;
    for (let m = PLACE.exec(sentence.text); m; m = PLACE.exec(sentence.text)) {
      const name = m[1]!;
      const first = name.split(" ")[0]!;
      const after = sentence.text.slice(m.index + m[0].length);
      if (people.has(name) || people.has(first) || MONTH_BY_NAME.has(first) || SEASON_BY_NAME.has(first.toLowerCase())) continue;
      if (organisations.some((o) => o.name.startsWith(name)) || /^\s+(?:\p{Lu}|[\p{Ll}]+\s+(?:party|forum|organization|organisation))/u.test(after)) continue;
      if (/^(?:The|This|That|These|Those|It|Its|He|She|They|A|An)$/.test(first) || ORGANISATION_NOUNS.has(name.split(" ").pop()!.toLowerCase())) continue;
      add(found, name, sentence.id);
    }
  }
  return sorted(found);
}

function add(found: Map<string, NamedThing>, name: string, sentenceId: number): void {
  const thing = found.get(name) ?? { name, sentenceIds: [] };
  if (!thing.sentenceIds.includes(sentenceId)) thing.sentenceIds.push(sentenceId);
  found.set(name, thing);
}

function sorted(found: Map<string, NamedThing>): NamedThing[] {
  return [...found.values()].sort((a, b) => a.sentenceIds[0]! - b.sentenceIds[0]! || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
