// Figures: the number blanked in its sentence; for an amount of money attached to a thing
// ("a new assistance package of 700 million dollars"), also "How much was ... worth?".

import { lowerFirstWord } from "./analysis";
import { explain, type BuildContext, type CardDraft } from "./card-draft";
import { clozeDraft } from "./cloze";
import type { Figure } from "./fact-types";
import { resolveText } from "./references";
import { clauseEnd, parseClause, splitLeading } from "./syntax";
import { definite, tidyClause, uniqueSorted, wordCount } from "./text";

export function buildFigureCards(ctx: BuildContext): CardDraft[] {
  const drafts: CardDraft[] = [];
  for (const figure of ctx.facts.figures) {
    // "The Company faced _____." leaves too little to go on.
    if (figure.kind === "count" && wordCount(ctx.analysis.sentences[figure.sentenceId]!.text) < 8) continue;
    const cloze = clozeDraft(ctx, figure.sentenceId, figure.text, "figure", figure.start);
    if (cloze) drafts.push({ ...cloze, prompt: cloze.prompt.replace(/^Fill in the blank:/, "Fill in the figure:") });
    if (figure.kind === "money") {
      const worth = moneyQuestion(ctx, figure);
      if (worth) drafts.push(worth);
    }
  }
  return drafts;
}

function moneyQuestion(ctx: BuildContext, figure: Figure): CardDraft | undefined {
  const text = ctx.analysis.sentences[figure.sentenceId]!.text;
  const spans = (ctx.analysis.datesBySentence.get(figure.sentenceId) ?? []).map((d) => ({ start: d.start, end: d.end }));
  const { leading, bodyStart } = splitLeading(text, spans);
  const main = text.slice(bodyStart, clauseEnd(text, bodyStart));
  const clause = parseClause(main.replace(/[.!?]+$/, ""));
  if (!clause || clause.auxiliary || clause.tense !== "past") return undefined;
  const thing = new RegExp(`^((?:a|an|the)\\s+[^,]+?)\\s+(?:of|worth|totalling|totaling|amounting to)\\s+${figure.text.replace(/[$.]/g, "\\$&")}`).exec(clause.rest);
  if (!thing) return undefined;
  const subject = resolveText(ctx.analysis, figure.sentenceId, clause.subject, bodyStart);
  if (!subject) return undefined;
  const ids = new Set([figure.sentenceId, ...subject.sentenceIds]);
  const context: string[] = [];
  for (const phrase of leading.filter((l) => l.kind === "phrase")) {
    const resolved = resolveText(ctx.analysis, figure.sentenceId, phrase.text, phrase.start, false);
    if (!resolved) return undefined;
    resolved.sentenceIds.forEach((id) => ids.add(id));
    context.push(lowerFirstWord(resolved.text, ctx.analysis));
  }
  const where = context.length > 0 ? ` ${context.join(" ")}` : "";
  const name = definite(thing[1]!).replace(/^The\s/, "the ");
  const sourceSentenceIds = uniqueSorted(ids);
  return {
    kind: "figure",
    prompt: tidyClause(`How much was ${name} that ${lowerFirstWord(subject.text, ctx.analysis)} ${clause.head}${where} worth?`),
    answer: figure.text,
    explanation: explain(ctx, sourceSentenceIds),
    sourceSentenceIds,
  };
}
