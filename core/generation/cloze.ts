// Cloze cards: one sentence, one blank. The sentence's own references are resolved first, so
// the blank is the only thing missing.

import { explain, type BuildContext, type CardDraft } from "./card-draft";
import { typographicQuotes } from "./polish";
import { resolveText } from "./references";
import { splitLeading } from "./syntax";
import type { CardKind } from "./types";
import { escapeRegExp, upperFirst, wordCount } from "./text";

const BLANK = "_____";
const MAX_WORDS = 45;

/** A card blanking `answer` (its first occurrence) in sentence `sentenceId`. */
export function clozeDraft(ctx: Pick<BuildContext, "analysis" | "facts">, sentenceId: number, answer: string, kind: CardKind, at?: number): CardDraft | undefined {
  const sentence = ctx.analysis.sentences[sentenceId]!;
  // The subject comes after any opening phrase ("In 1898, the couple ..."): resolve it there.
  const spans = (ctx.analysis.datesBySentence.get(sentenceId) ?? []).map((d) => ({ start: d.start, end: d.end }));
  const { bodyStart } = splitLeading(sentence.text, spans);
  const text = typographicQuotes(sentence.text);
  const body = resolveText(ctx.analysis, sentenceId, text.slice(bodyStart), bodyStart);
  if (!body || wordCount(sentence.text) > MAX_WORDS) return undefined;
  const resolved = { text: text.slice(0, bodyStart) + body.text, sentenceIds: body.sentenceIds };
  const offset = resolved.text.length - sentence.text.length;
  const index = at !== undefined ? at + offset : resolved.text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(answer)}(?![\\p{L}\\p{N}])`, "u"));
  if (index < 0 || resolved.text.slice(index, index + answer.length) !== answer) return undefined;
  const prompt = `Fill in the blank: ${upperFirst(`${resolved.text.slice(0, index)}${BLANK}${resolved.text.slice(index + answer.length)}`)}`;
  const ids = [...new Set([sentenceId, ...resolved.sentenceIds])].sort((a, b) => a - b);
  return { kind, prompt, answer, explanation: explain(ctx, ids), sourceSentenceIds: ids };
}
