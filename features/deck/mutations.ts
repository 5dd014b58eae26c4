import type { GeneratedCard, QuizQuestion, Sentence } from "@/core/generation/types";
import { siblingGroupOf } from "@/core/scheduling";
import { db } from "@/lib/db";
import { syncQuestions, type QuestionSyncSummary } from "./question-sync";

export interface ArticleToSave {
  slug: string;
  title: string;
  author?: string;
  affiliation?: string;
  /** YYYY-MM-DD */
  published?: string;
  source?: string;
  body: string;
  /** The generator's plain text of the body; sentence offsets point into it. */
  plainText: string;
}

export interface DeckToSave {
  article: ArticleToSave;
  sentences: Sentence[];
  cards: GeneratedCard[];
  /** The generated quiz questions; none for a deck made by hand. */
  questions: readonly QuizQuestion[];
  /** null for a built-in deck every user can study. */
  ownerId: string | null;
}

export interface SaveDeckSummary extends QuestionSyncSummary {
  deckId: string;
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Cards the generator no longer makes but that someone has reviewed: kept so no history is lost. */
  keptWithHistory: number;
}

/**
 * Creates or refreshes an article's deck in one transaction, matching cards by their generator
 * key, so running it again changes nothing and never duplicates. A card the generator dropped
 * is deleted only if nobody has reviewed it.
 */
export async function saveGeneratedDeck(input: DeckToSave): Promise<SaveDeckSummary> {
  const { article } = input;
  return db.$transaction(
    async (tx) => {
      const articleFields = {
        title: article.title,
        author: article.author ?? null,
        affiliation: article.affiliation ?? null,
        publishedOn: article.published ? new Date(`${article.published}T00:00:00Z`) : null,
        source: article.source ?? null,
        body: article.body,
        plainText: article.plainText,
        ownerId: input.ownerId,
      };
      const savedArticle = await tx.article.upsert({
        where: { slug: article.slug },
        create: { slug: article.slug, ...articleFields },
        update: articleFields,
        select: { id: true },
      });

      const sentenceIds = new Map<number, string>();
      for (const sentence of input.sentences) {
        const fields = { start: sentence.start, end: sentence.end, text: sentence.text };
        const saved = await tx.sentence.upsert({
          where: { articleId_position: { articleId: savedArticle.id, position: sentence.id } },
          create: { articleId: savedArticle.id, position: sentence.id, ...fields },
          update: fields,
          select: { id: true },
        });
        sentenceIds.set(sentence.id, saved.id);
      }
      await tx.sentence.deleteMany({ where: { articleId: savedArticle.id, position: { gte: input.sentences.length } } });

      const deckFields = { title: article.title, articleId: savedArticle.id, ownerId: input.ownerId };
      const deck = await tx.deck.upsert({
        where: { slug: article.slug },
        create: { slug: article.slug, description: `Generated from “${article.title}”.`, ...deckFields },
        update: deckFields,
        select: { id: true },
      });

      const existing = await tx.card.findMany({
        where: { deckId: deck.id },
        select: {
          id: true,
          key: true,
          kind: true,
          prompt: true,
          answer: true,
          explanation: true,
          position: true,
          group: true,
          sources: { select: { sentence: { select: { position: true } } } },
          _count: { select: { reviewLogs: true } },
        },
      });
      const byKey = new Map(existing.map((card) => [card.key, card]));
      const summary = { deckId: deck.id, created: 0, updated: 0, unchanged: 0, removed: 0, keptWithHistory: 0 };

      for (const [position, card] of input.cards.entries()) {
        const fields = { kind: card.kind, prompt: card.prompt, answer: card.answer, explanation: card.explanation, position };
        const sourcePositions = [...new Set(card.sourceSentenceIds)].sort((a, b) => a - b);
        const sources = sourcePositions.map((id) => {
          const sentenceId = sentenceIds.get(id);
          if (!sentenceId) throw new Error(`Card ${card.key} cites sentence ${id}, which the article does not have.`);
          return { sentenceId };
        });
        // The generator's fact id where it gives one (read loosely: older generators have none).
        const group = siblingGroupOf({ factId: card.factId, firstSourceSentenceId: sources[0]?.sentenceId });
        const previous = byKey.get(card.key);
        if (!previous) {
          await tx.card.create({ data: { deckId: deck.id, key: card.key, ...fields, group, sources: { create: sources } } });
          summary.created += 1;
          continue;
        }
        byKey.delete(card.key);
        const previousSources = previous.sources.map((source) => source.sentence.position).sort((a, b) => a - b);
        const same =
          previous.kind === fields.kind &&
          previous.prompt === fields.prompt &&
          previous.answer === fields.answer &&
          previous.explanation === fields.explanation &&
          previous.position === position &&
          previous.group === group &&
          previousSources.join(",") === sourcePositions.join(",");
        if (same) {
          summary.unchanged += 1;
          continue;
        }
        await tx.card.update({
          where: { id: previous.id },
          data: { ...fields, group, sources: { deleteMany: {}, create: sources } },
        });
        summary.updated += 1;
      }

      for (const stale of byKey.values()) {
        if (stale._count.reviewLogs > 0) {
          summary.keptWithHistory += 1;
        } else {
          await tx.card.delete({ where: { id: stale.id } });
          summary.removed += 1;
        }
      }
      return { ...summary, ...(await syncQuestions(tx, deck.id, input.questions, input.cards)) };
    },
    { timeout: 60_000 },
  );
}
