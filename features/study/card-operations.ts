import "server-only";
import { z } from "zod";
import { GRADE_NAMES, type Grade } from "@/core/scheduling/grades";
import type { UserId } from "@/features/account/session";
import { authorizeCardDeck, authorizeDeckBySlug } from "@/features/deck/access";
import type { Result } from "@/lib/errors";
import { forgetStudyCard, setCardBuried, setCardSuspended, undoLastReview } from "./card-mutations";
import { getStudyView, type StudyViewDTO } from "./data";
import { cardCommandSchema, undoInputSchema, type CardCommand } from "./schema";

export type CardActionResult =
  | { ok: true; message: string; cardId: string; view?: StudyViewDTO }
  | { ok: false; reason: string; message: string; view?: StudyViewDTO };

/**
 * The bodies of the undo and card-command actions, with the signed-in user passed in (the
 * "use server" wrappers in card-actions.ts fetch the user and revalidate; tests drive these).
 * Anything the user may not study answers notFound, never 403, so its existence stays hidden.
 */

/** Takes back the user's latest answer (or forget) in this deck; the study view comes back with that card first. */
export async function undoReviewOperation(user: { id: UserId }, raw: unknown, now: Date): Promise<CardActionResult> {
  const parsed = undoInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", message: z.prettifyError(parsed.error) };
  const deck = await authorizeDeckBySlug(user.id, parsed.data.deckSlug);
  if (!deck) return { ok: false, reason: "notFound", message: "That deck does not exist or is not yours to study." };
  const undone = await undoLastReview(user.id, deck.id);
  const view = await getStudyView(user, deck.id, now, { withPack: true, ...(undone.ok ? { preferCardId: undone.value.cardId } : {}) });
  if (!undone.ok) return { ok: false, reason: undone.reason, message: undone.message, view };
  const what = undone.value.rating === 0 ? "forgetting that card" : `your ${GRADE_NAMES[undone.value.rating as Grade]}`;
  return { ok: true, message: `Undid ${what}. The card is back as it was.`, cardId: undone.value.cardId, view };
}

const DONE_MESSAGES: Record<CardCommand, string> = {
  forget: "Card reset to new: it comes back with your new cards.",
  suspend: "Card suspended: it stays out of your reviews until you unsuspend it.",
  unsuspend: "Card unsuspended.",
  bury: "Card buried until your next study day.",
  unbury: "Card unburied.",
};

/** Forget, suspend, unsuspend, bury or unbury one card the user may study. */
export async function cardCommandOperation(user: { id: UserId }, raw: unknown, now: Date): Promise<CardActionResult> {
  const parsed = cardCommandSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", message: z.prettifyError(parsed.error) };
  const { cardId, command, withView } = parsed.data;
  const deck = await authorizeCardDeck(user.id, cardId);
  if (!deck) return { ok: false, reason: "notFound", message: "That card does not exist or is not yours to study." };

  let result: Result<unknown, string>;
  if (command === "forget") result = await forgetStudyCard(user.id, deck.id, cardId, now);
  else if (command === "suspend" || command === "unsuspend") result = await setCardSuspended(user.id, deck.id, cardId, command === "suspend", now);
  else result = await setCardBuried(user.id, deck.id, cardId, command === "bury", now);

  const view = withView ? await getStudyView(user, deck.id, now, { withPack: true }) : undefined;
  if (!result.ok) return { ok: false, reason: result.reason, message: result.message, view };
  return { ok: true, message: DONE_MESSAGES[command], cardId, view };
}
