// One item of a list spread over sentences. A sentence continues the list only if it carries a
// marker ("First of all", "Additionally", "Much attention is paid to", "will also be provided
// for", "Another sphere"); the item is the phrase that marker introduces.

import { LIST_MARKERS } from "./lexicon";
import { clauseEnd, parseClause } from "./syntax";
import { normalizeForCompare, tidyClause } from "./text";

const SORTED_MARKERS = [...LIST_MARKERS].sort((a, b) => b.length - a.length);
const ATTENTION = /^(?:much|special|particular|great|considerable|close|increased)\s+(?:attention|emphasis|priority)\s+(?:is|was|will be|has been)\s+(?:also\s+)?(?:paid|given|devoted|placed|accorded)\s+(?:to|on)\s+(.+)$/i;
const PROVIDED_FOR = /\b(?:will|would|is|are|was|were|shall)\s+(?:also\s+)?(?:be\s+)?(?:provided|given|allocated|offered|directed|extended|granted|earmarked|made available)\s+(?:for|to)\s+(.+)$/i;
const PASSIVE_SUBJECT = /^(.+?)\s+(?:is|are|was|were|will be)\s+(?:also\s+)?(?:emphasi[sz]ed|stressed|highlighted|prioriti[sz]ed|promoted|supported|included|planned|envisaged|foreseen|encouraged|targeted)\b/i;

/** The item sentence `text` adds to a list of `head` (plural noun) that already has `found` items. */
export function listItemOf(text: string, head: string, found: number, ownerSubject: string | undefined): string | undefined {
  const singular = head.replace(/ies$/, "y").replace(/s$/, "").split(/\s+/).pop()!;
  const another = new RegExp(`^(?:Another|The\\s+(?:next|last|final|second|third|fourth|fifth|sixth|other))\\s+${singular}\\b(?:\\s+of\\s+[\\p{L}\\s-]+?)?\\s+(?:will be|is|was|would be|concerns|involves|covers)\\s+(.+)$`, "iu").exec(text);
  if (another) return trimItem(another[1]!);
  const marker = SORTED_MARKERS.find((m) => text.toLowerCase().startsWith(m) && /^[,\s]/.test(text.slice(m.length)));
  const body = marker ? text.slice(marker.length).replace(/^[,\s]+/, "") : text;
  const hasAlso = /^(?:\S+\s+){0,6}?also\b/i.test(text);
  if (!marker && !hasAlso && !ATTENTION.test(text)) return undefined;
  if (found === 0 && marker && !/^(?:first|firstly|first of all|to begin with)$/i.test(marker)) return undefined;
  const attention = ATTENTION.exec(body);
  if (attention) return trimItem(attention[1]!);
  const provided = PROVIDED_FOR.exec(body);
  if (provided) return trimItem(provided[1]!);
  const passive = PASSIVE_SUBJECT.exec(body);
  if (passive) return trimItem(passive[1]!);
  const main = body.slice(0, clauseEnd(body, 0)).replace(/[.!?]+$/, "");
  const clause = parseClause(main);
  if (!clause) return undefined;
  // "The city set out a plan in three areas. First of all, the city will be building X": the item
  // is X. When the subject changes ("First, the gorge flooded"), the item is the whole clause.
  const sameSubject = ownerSubject !== undefined && normalizeForCompare(clause.subject) === normalizeForCompare(ownerSubject);
  if (sameSubject) return clause.rest.split(/\s+/).length >= 2 ? trimItem(clause.rest) : undefined;
  return trimItem(main);
}

function trimItem(raw: string): string | undefined {
  let item = raw.replace(/[.!?]+$/, "");
  item = item.slice(0, clauseEnd(item, 0));
  const relative = /\s(?:which|that|who|where)\s/.exec(item);
  if (relative) {
    item = item.slice(0, relative.index);
    // "projects focusing on X-projects which ...": a dash-like hyphen repeating the head noun.
    const words = item.split(/\s+/);
    const hyphen = /^(.+)-(\p{Ll}+)$/u.exec(words[words.length - 1]!);
    if (hyphen && words.slice(0, -1).some((w) => w.toLowerCase() === hyphen[2])) item = [...words.slice(0, -1), hyphen[1]!].join(" ");
  }
  item = tidyClause(item.replace(/,\s*where\b.*$/, "").replace(/\s*\([^)]*\)/g, "")).replace(/,(['’”"])$/, "$1");
  const words = item.split(/\s+/).length;
  return words >= 2 && words <= 22 ? item : undefined;
}
