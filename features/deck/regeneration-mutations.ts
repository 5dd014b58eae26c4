import type { GeneratedCard, QuizQuestion } from "@/core/generation/types";
import { cardKeyForQuestion, toQuestionSpec } from "@/core/quiz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OwnedDeckId } from "./access";
import { retireQuestions } from "./card-mutations";

type Tx = Prisma.TransactionClient;

export interface RegenerationPicks {
  add: GeneratedCard[];
  change: GeneratedCard[];
  removeKeys: string[];
  /** The generator's questions for the whole article; those about added or changed cards are stored. */
  questions: readonly QuizQuestion[];
  generatedCards: readonly GeneratedCard[];
  /** Generator sentence id -> stored sentence position, matched by text; unmatched sentences cite nothing. */
  positionOf: (sentenceId: number) => number | undefined;
}

export interface RegenerationOutcome {
  added: number;
  changed: number;
  removed: number;
  newQuestions: number;
}

/**
 * Applies the ticked part of a regeneration in one transaction: new cards are created, changed
 * ones take the generator's text (learners keep their history, as with any edit), gone ones are
 * deleted (soft, history kept). Questions about changed or removed cards are retired, and the
 * generator's questions about added or changed cards join the pool under fresh keys where a
 * retired question still holds the old key for past quizzes.
 */
export async function applyRegeneration(deckId: OwnedDeckId, picks: RegenerationPicks, now: Date): Promise<RegenerationOutcome> {
  return db.$transaction(
    async (tx) => {
      const article = await tx.deck.findUniqueOrThrow({ where: { id: deckId }, select: { articleId: true } });
      const sentenceRows = article.articleId
        ? await tx.sentence.findMany({ where: { articleId: article.articleId }, select: { id: true, position: true } })
        : [];
      const sentenceIdAt = new Map(sentenceRows.map((row) => [row.position, row.id]));
      const positionsFor = (ids: readonly number[]) => [...new Set(ids.map(picks.positionOf).filter((p): p is number => p !== undefined))].sort((a, b) => a - b);
      const sourcesFor = (ids: readonly number[]) => positionsFor(ids).flatMap((position) => (sentenceIdAt.has(position) ? [{ sentenceId: sentenceIdAt.get(position)! }] : []));

      const existing = await tx.card.findMany({
        where: { deckId },
        select: { id: true, key: true, deletedAt: true, sources: { select: { sentence: { select: { position: true } } } } },
      });
      const byKey = new Map(existing.map((card) => [card.key, card]));
      let position = ((await tx.card.aggregate({ where: { deckId }, _max: { position: true } }))._max.position ?? -1) + 1;

      const retiring: { id: string; sourcePositions: number[] }[] = [];
      for (const card of picks.change) {
        const row = byKey.get(card.key);
        if (!row || row.deletedAt) continue;
        retiring.push({ id: row.id, sourcePositions: row.sources.map((source) => source.sentence.position) });
        await tx.card.update({ where: { id: row.id }, data: { kind: card.kind, prompt: card.prompt, answer: card.answer, explanation: card.explanation, sources: { deleteMany: {}, create: sourcesFor(card.sourceSentenceIds) } } });
      }
      let removed = 0;
      for (const key of picks.removeKeys) {
        const row = byKey.get(key);
        if (!row || row.deletedAt) continue;
        retiring.push({ id: row.id, sourcePositions: row.sources.map((source) => source.sentence.position) });
        await tx.card.update({ where: { id: row.id }, data: { deletedAt: now } });
        removed += 1;
      }
      if (retiring.length > 0) await retireQuestions(tx, deckId, retiring, now);

      let added = 0;
      for (const card of picks.add) {
        if (byKey.has(card.key)) continue;
        await tx.card.create({
          data: { deckId, key: card.key, kind: card.kind, prompt: card.prompt, answer: card.answer, explanation: card.explanation, position, sources: { create: sourcesFor(card.sourceSentenceIds) } },
        });
        position += 1;
        added += 1;
      }
      const newQuestions = await addQuestionsFor(tx, deckId, picks, new Set([...picks.add, ...picks.change].map((card) => card.key)), positionsFor);
      return { added, changed: picks.change.length, removed, newQuestions };
    },
    { timeout: 60_000 },
  );
}

async function addQuestionsFor(
  tx: Tx,
  deckId: OwnedDeckId,
  picks: RegenerationPicks,
  cardKeys: Set<string>,
  positionsFor: (ids: readonly number[]) => number[],
): Promise<number> {
  if (cardKeys.size === 0) return 0;
  const cards = await tx.card.findMany({ where: { deckId, deletedAt: null }, select: { id: true, key: true } });
  const cardIdByKey = new Map(cards.map((card) => [card.key, card.id]));
  const taken = new Set((await tx.quizQuestion.findMany({ where: { deckId }, select: { key: true } })).map((question) => question.key));
  let position = ((await tx.quizQuestion.aggregate({ where: { deckId }, _max: { position: true } }))._max.position ?? -1) + 1;
  let count = 0;
  for (const question of picks.questions) {
    const cardKey = cardKeyForQuestion(question, picks.generatedCards);
    if (!cardKey || !cardKeys.has(cardKey) || !cardIdByKey.has(cardKey)) continue;
    let key = question.key;
    for (let n = 2; taken.has(key); n += 1) key = `${question.key}-v${n}`;
    taken.add(key);
    await tx.quizQuestion.create({
      data: {
        deckId,
        key,
        type: question.type,
        spec: JSON.stringify(toQuestionSpec(question)),
        explanation: question.explanation,
        sourcePositions: JSON.stringify(positionsFor(question.sourceSentenceIds)),
        cardId: cardIdByKey.get(cardKey)!,
        position,
      },
    });
    position += 1;
    count += 1;
  }
  return count;
}
