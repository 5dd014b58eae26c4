import "server-only";
import { db } from "@/lib/db";
import type { UserId } from "@/features/account/session";

declare const deckIdBrand: unique symbol;
/** A deck id the current user has been checked to study (a built-in deck or one of their own). */
export type AuthorizedDeckId = string & { readonly [deckIdBrand]: true };

export interface AuthorizedDeck {
  id: AuthorizedDeckId;
  slug: string;
  title: string;
  description: string;
}

/** Decks a user may open: the built-in ones (no owner), their own, and those assigned to a class they are in. */
export function visibleDecksWhere(userId: UserId) {
  return {
    OR: [
      { ownerId: null },
      { ownerId: userId },
      { assignments: { some: { class: { archivedAt: null, members: { some: { userId } } } } } },
    ],
  };
}

/** The deck by slug if this user may study it; null otherwise (callers answer 404, never 403, to hide existence). */
export async function authorizeDeckBySlug(userId: UserId, slug: string): Promise<AuthorizedDeck | null> {
  const deck = await db.deck.findFirst({
    where: { slug, ...visibleDecksWhere(userId) },
    select: { id: true, slug: true, title: true, description: true },
  });
  return deck ? { ...deck, id: deck.id as AuthorizedDeckId } : null;
}

/** The deck holding `cardId` if this user may study it. */
export async function authorizeCardDeck(userId: UserId, cardId: string): Promise<AuthorizedDeck | null> {
  const card = await db.card.findFirst({
    where: { id: cardId, deck: visibleDecksWhere(userId) },
    select: { deck: { select: { id: true, slug: true, title: true, description: true } } },
  });
  return card ? { ...card.deck, id: card.deck.id as AuthorizedDeckId } : null;
}
