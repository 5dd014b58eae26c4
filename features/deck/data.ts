import "server-only";
import { db } from "@/lib/db";
import type { UserId } from "@/features/account/session";
import { startOfStudyDay } from "@/core/scheduling";
import { getSchedulingSettingsForDecks } from "@/features/card-state/data";
import type { StoredCard } from "@/core/deck/regeneration-diff";
import { QUESTION_TYPES, type QuestionType } from "@/core/quiz/types";
import { visibleDecksWhere, type AuthorizedDeckId, type OwnedDeckId } from "./access";

export interface DeckSummaryDTO {
  id: string;
  slug: string;
  title: string;
  description: string;
  totalCards: number;
  /** New cards available today (unseen, capped by what is left of the daily allowance). */
  newCount: number;
  /** (Re)learning cards whose step has come. */
  learningCount: number;
  /** Review cards due now. */
  dueCount: number;
}

/**
 * The user's decks with Anki-style new / learning / due counts as of `now`, each under the
 * user's settings for that deck (daily limits, study-day start, time zone). Suspended and
 * buried cards are not counted; due reviews are capped by what is left of the daily maximum.
 */
export async function listDeckSummaries(userId: UserId, now: Date): Promise<DeckSummaryDTO[]> {
  const decks = await db.deck.findMany({
    where: await visibleDecksWhere(userId),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true, description: true, _count: { select: { cards: { where: { deletedAt: null } } } } },
  });
  if (decks.length === 0) return [];
  const deckIds = decks.map((deck) => deck.id);
  const settingsByDeck = await getSchedulingSettingsForDecks(userId, deckIds);
  // The study day is the user's, not the deck's: only the daily limits differ per deck.
  const { timeZone, dayStartHour } = settingsByDeck.get(deckIds[0]!)!;
  const studyDayStart = startOfStudyDay(now, timeZone, dayStartHour);
  // Deleted cards keep their states (their logs replay to them) but count nowhere.
  const mine = { userId, deckId: { in: deckIds }, card: { deletedAt: null } };
  const notBuried = { OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] };
  const answeredToday = (phase: "new" | "review") =>
    db.reviewLog.groupBy({ by: ["deckId"], where: { ...mine, phase, rating: { gt: 0 }, reviewedAt: { gte: studyDayStart } }, _count: { _all: true } });
  const [notStartable, dueNow, startedToday, reviewedToday] = await Promise.all([
    // Cards that are not new cards one could start now: answered ones, and new ones suspended or buried.
    db.cardState.groupBy({
      by: ["deckId"],
      where: { ...mine, OR: [{ phase: { not: "new" } }, { suspended: true }, { buriedUntil: { gt: now } }] },
      _count: { _all: true },
    }),
    db.cardState.groupBy({
      by: ["deckId", "phase"],
      where: { ...mine, phase: { not: "new" }, due: { lte: now }, suspended: false, ...notBuried },
      _count: { _all: true },
    }),
    answeredToday("new"),
    answeredToday("review"),
  ]);
  const countFor = (rows: { deckId: string; _count: { _all: number } }[], deckId: string) =>
    rows.filter((row) => row.deckId === deckId).reduce((sum, row) => sum + row._count._all, 0);

  return decks.map((deck) => {
    const settings = settingsByDeck.get(deck.id)!;
    const startable = deck._count.cards - countFor(notStartable, deck.id);
    const newAllowance = Math.max(0, settings.newCardsPerDay - countFor(startedToday, deck.id));
    const reviewAllowance = Math.max(0, settings.maxReviewsPerDay - countFor(reviewedToday, deck.id));
    const due = dueNow.filter((row) => row.deckId === deck.id);
    return {
      id: deck.id,
      slug: deck.slug,
      title: deck.title,
      description: deck.description,
      totalCards: deck._count.cards,
      newCount: Math.min(startable, newAllowance),
      learningCount: countFor(due.filter((row) => row.phase === "learning" || row.phase === "relearning"), deck.id),
      dueCount: Math.min(countFor(due.filter((row) => row.phase === "review"), deck.id), reviewAllowance),
    };
  });
}

export interface DeckCardDTO {
  id: string;
  kind: string;
  prompt: string;
  answer: string;
  explanation: string;
  /** Imported tags, Anki-style: space-separated in the row, a list here; empty for generated cards. */
  tags: string[];
  sources: { id: string; position: number; text: string }[];
}

export interface DeckDetailDTO {
  article: { title: string; author: string | null; publishedOn: Date | null; source: string | null } | null;
  cards: DeckCardDTO[];
}

export async function getDeckDetail(deckId: AuthorizedDeckId): Promise<DeckDetailDTO> {
  const deck = await db.deck.findUniqueOrThrow({
    where: { id: deckId },
    select: {
      article: { select: { title: true, author: true, publishedOn: true, source: true } },
      cards: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          prompt: true,
          answer: true,
          explanation: true,
          tags: true,
          sources: {
            orderBy: { sentence: { position: "asc" } },
            select: { sentence: { select: { id: true, position: true, text: true } } },
          },
        },
      },
    },
  });
  return {
    article: deck.article,
    cards: deck.cards.map(({ sources, tags, ...card }) => ({
      ...card,
      tags: tags.split(" ").filter((tag) => tag !== ""),
      sources: sources.map((source) => source.sentence),
    })),
  };
}

export interface ArticlePassageDTO {
  title: string;
  author: string | null;
  plainText: string;
  sentences: { position: number; start: number; end: number }[];
}

/** The deck's article text and sentence offsets, for the passage view; null when the deck has no article. */
export async function getArticlePassage(deckId: AuthorizedDeckId): Promise<ArticlePassageDTO | null> {
  const deck = await db.deck.findUniqueOrThrow({
    where: { id: deckId },
    select: {
      article: {
        select: {
          title: true,
          author: true,
          plainText: true,
          sentences: { orderBy: { position: "asc" }, select: { position: true, start: true, end: true } },
        },
      },
    },
  });
  return deck.article;
}

export interface AssignableDeckDTO {
  slug: string;
  title: string;
  /** Live quiz questions of each type: what a quiz assigned from this deck can draw. */
  questionCounts: Record<QuestionType, number>;
}

/** Decks an instructor may assign: every deck they can open themselves, with what a quiz of each can hold. */
export async function listAssignableDecks(userId: UserId): Promise<AssignableDeckDTO[]> {
  const decks = await db.deck.findMany({
    where: { OR: [{ ownerId: null }, { ownerId: userId }] },
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true },
  });
  const rows = await db.quizQuestion.groupBy({
    by: ["deckId", "type"],
    where: { deckId: { in: decks.map((deck) => deck.id) }, retiredAt: null },
    _count: { _all: true },
  });
  return decks.map((deck) => {
    const questionCounts = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>;
    for (const row of rows) if (row.deckId === deck.id) questionCounts[row.type] = row._count._all;
    return { slug: deck.slug, title: deck.title, questionCounts };
  });
}

export interface RegenerationSourceDTO {
  article: { body: string; published: string | undefined; sentences: { position: number; text: string }[] } | null;
  cards: StoredCard[];
}

/** What "Regenerate from the article" compares: the deck's article and its cards as stored (deleted ones included). */
export async function getRegenerationSource(deckId: OwnedDeckId): Promise<RegenerationSourceDTO> {
  const deck = await db.deck.findUniqueOrThrow({
    where: { id: deckId },
    select: {
      article: { select: { body: true, publishedOn: true, sentences: { orderBy: { position: "asc" }, select: { position: true, text: true } } } },
      cards: { orderBy: { position: "asc" }, select: { key: true, kind: true, prompt: true, answer: true, explanation: true, deletedAt: true } },
    },
  });
  return {
    article: deck.article
      ? { body: deck.article.body, published: deck.article.publishedOn?.toISOString().slice(0, 10), sentences: deck.article.sentences }
      : null,
    cards: deck.cards.map(({ deletedAt, ...card }) => ({ ...card, deleted: deletedAt !== null })),
  };
}
