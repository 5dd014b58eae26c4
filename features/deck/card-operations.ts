import "server-only";
import { z } from "zod";
import type { UserId } from "@/features/account/session";
import { fail, ok, type Result } from "@/lib/errors";
import { authorizeOwnDeckBySlug } from "./access";
import { addCard, deleteCard, editCard } from "./card-mutations";
import { addCardSchema, deleteCardSchema, editCardSchema } from "./schema";

/**
 * The deck page's card actions with the signed-in user passed in (actions.ts wraps them; tests
 * drive these). Only the deck's owner may change its cards: for anyone else the deck is
 * notFound, whether it exists or not.
 */
type Actor = { id: UserId };
export type CardEditResult = Result<{ message: string; slug: string }, "invalid" | "notFound" | "lastCard">;

const NO_DECK = "That deck does not exist or is not yours to edit.";

function invalid(error: z.ZodError): CardEditResult {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
  return fail("invalid", "Please fix the fields below.", fieldErrors);
}

export async function editCardOperation(user: Actor, raw: unknown, now: Date): Promise<CardEditResult> {
  const parsed = editCardSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { deckSlug, cardId, resetProgress, ...text } = parsed.data;
  const deck = await authorizeOwnDeckBySlug(user.id, deckSlug);
  if (!deck) return fail("notFound", NO_DECK);
  const edited = await editCard(deck.id, cardId, text, resetProgress, now);
  if (!edited.ok) return edited;
  const { changed, reset } = edited.value;
  const message = !changed && reset === 0 ? "Nothing changed." : resetProgress ? `Card saved; progress reset for ${reset === 1 ? "1 learner" : `${reset} learners`}.` : "Card saved; review history kept.";
  return ok({ message, slug: deck.slug });
}

export async function deleteCardOperation(user: Actor, raw: unknown, now: Date): Promise<CardEditResult> {
  const parsed = deleteCardSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const deck = await authorizeOwnDeckBySlug(user.id, parsed.data.deckSlug);
  if (!deck) return fail("notFound", NO_DECK);
  const deleted = await deleteCard(deck.id, parsed.data.cardId, now);
  if (!deleted.ok) return deleted;
  return ok({ message: "Card deleted: it is out of study and quizzes; its review history is kept.", slug: deck.slug });
}

export async function addCardOperation(user: Actor, raw: unknown): Promise<CardEditResult> {
  const parsed = addCardSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { deckSlug, group, ...text } = parsed.data;
  const deck = await authorizeOwnDeckBySlug(user.id, deckSlug);
  if (!deck) return fail("notFound", NO_DECK);
  await addCard(deck.id, text, group);
  return ok({ message: "Card added.", slug: deck.slug });
}
