import "server-only";
import { db } from "@/lib/db";
import { findStudiableCardDeck, type CardDeckRow } from "@/lib/hot-reads";
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

/**
 * Decks a user may open: the built-in ones (no owner), their own, and those its owner assigned to
 * a live class the user is in. An assignment of someone else's deck grants nothing, so a member
 * who teaches a class of their own cannot re-share what they were shown. Prisma cannot compare
 * two columns, so the user's classes and their instructors are read first (a user is in few).
 */
export async function visibleDecksWhere(userId: UserId) {
  const classes = await db.class.findMany({ where: enrolledIn(userId), select: { id: true, instructorId: true } });
  return {
    OR: [
      { ownerId: null },
      { ownerId: userId },
      ...classes.map((klass) => ({ ownerId: klass.instructorId, assignments: { some: { classId: klass.id } } })),
    ],
  };
}

/** Prisma filter: the class is live and the user is enrolled in it. */
export function enrolledIn(userId: string) {
  return { archivedAt: null, members: { some: { userId } } };
}

/** Prisma filter: an assignment the deck's owner made to a live class the user is in. */
function assignedByOwnerTo(userId: UserId, ownerId: string) {
  return { class: { instructorId: ownerId, ...enrolledIn(userId) } };
}

/** The deck by slug if this user may study it; null otherwise (callers answer 404, never 403, to hide existence). */
export async function authorizeDeckBySlug(userId: UserId, slug: string): Promise<AuthorizedDeck | null> {
  const found = await db.deck.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, description: true, ownerId: true } });
  if (!found) return null;
  const { ownerId, ...deck } = found;
  const visible = ownerId === null || ownerId === userId || (await db.assignment.count({ where: { deckId: deck.id, ...assignedByOwnerTo(userId, ownerId) } })) > 0;
  return visible ? { ...deck, id: deck.id as AuthorizedDeckId } : null;
}

declare const ownDeckBrand: unique symbol;
/** A deck the current user may assign or build class quizzes from: a built-in deck or their own. */
export type AssignableDeckId = AuthorizedDeckId & { readonly [ownDeckBrand]: true };

/** Seeing a deck (say, through someone else's class) is not owning it: only these may be passed on. */
export async function authorizeAssignableDeckBySlug(userId: UserId, slug: string): Promise<(AuthorizedDeck & { id: AssignableDeckId }) | null> {
  const deck = await db.deck.findFirst({
    where: { slug, OR: [{ ownerId: null }, { ownerId: userId }] },
    select: { id: true, slug: true, title: true, description: true },
  });
  return deck ? { ...deck, id: deck.id as AssignableDeckId } : null;
}

/**
 * The deck holding `cardId` if this user may study it (lib/hot-reads.ts; an answer reads it
 * within its own read, see authorizedCardDeck). A deleted card has no deck to study: its answers are refused.
 */
export async function authorizeCardDeck(userId: UserId, cardId: string): Promise<AuthorizedDeck | null> {
  return authorizedCardDeck(await findStudiableCardDeck(userId, cardId));
}

/**
 * A card's deck as lib/hot-reads.ts read it for a user, only if that user may study it (it reads
 * the deck with the same rule as findStudiableCardDeck: null otherwise), e.g. within an answer's
 * one read (readForAnswer).
 */
export function authorizedCardDeck(deck: CardDeckRow | null): AuthorizedDeck | null {
  return deck ? { ...deck, id: deck.id as AuthorizedDeckId } : null;
}

declare const ownedDeckBrand: unique symbol;
/** A deck the current user owns (made or imported it): only its owner may change its cards. */
export type OwnedDeckId = AuthorizedDeckId & { readonly [ownedDeckBrand]: true };

export interface OwnedDeck {
  id: OwnedDeckId;
  slug: string;
  title: string;
  articleId: string | null;
}

/** The deck by slug if this user owns it; null for built-in decks, assigned decks and anything else. */
export async function authorizeOwnDeckBySlug(userId: UserId, slug: string): Promise<OwnedDeck | null> {
  const deck = await db.deck.findFirst({ where: { slug, ownerId: userId }, select: { id: true, slug: true, title: true, articleId: true } });
  return deck ? { ...deck, id: deck.id as OwnedDeckId } : null;
}
