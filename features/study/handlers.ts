import "server-only";
import { z } from "zod";
import type { UserId } from "@/features/account/session";
import { authorizeCardDeck, authorizeDeckBySlug } from "@/features/deck/access";
import { getStudyView, type StudyViewDTO } from "./data";
import { recordReview } from "./mutations";
import { reviewInputSchema, studyViewInputSchema } from "./schema";

export type ReviewActionResult =
  | { ok: true; replayed: boolean; view: StudyViewDTO }
  | { ok: false; reason: "unauthenticated" | "invalid" | "notFound" | "conflict"; message: string; view?: StudyViewDTO };

/**
 * The review action's body with the signed-in user passed in: validate, authorize, record, and
 * return the deck's next view. The "use server" wrapper in actions.ts fetches the user and
 * revalidates; tests drive this directly.
 */
export async function reviewCardHandler(user: { id: UserId }, raw: unknown, now: Date): Promise<ReviewActionResult> {
  const parsed = reviewInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", message: z.prettifyError(parsed.error) };
  const deck = await authorizeCardDeck(user.id, parsed.data.cardId);
  if (!deck) return { ok: false, reason: "notFound", message: "That card does not exist or is not yours to study." };
  const recorded = await recordReview(user.id, deck.id, parsed.data, now);
  const view = await getStudyView(user, deck.id, now);
  if (!recorded.ok) return { ok: false, reason: "conflict", message: recorded.message, view };
  return { ok: true, replayed: recorded.value.replayed, view };
}

export type StudyViewResult =
  | { ok: true; view: StudyViewDTO }
  | { ok: false; reason: "unauthenticated" | "invalid" | "notFound"; message: string };

/** The deck's next view for the signed-in user, by the slug the study screen shows. */
export async function studyViewHandler(user: { id: UserId }, raw: unknown, now: Date): Promise<StudyViewResult> {
  const parsed = studyViewInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", message: z.prettifyError(parsed.error) };
  const deck = await authorizeDeckBySlug(user.id, parsed.data.deckSlug);
  if (!deck) return { ok: false, reason: "notFound", message: "That deck does not exist or is not yours to study." };
  return { ok: true, view: await getStudyView(user, deck.id, now, { withPack: true }) };
}
