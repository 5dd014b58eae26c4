"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/features/account/session";
import { authorizeCardDeck } from "@/features/deck/access";
import { getStudyView, type StudyViewDTO } from "./data";
import { recordReview } from "./mutations";
import { reviewInputSchema } from "./schema";

export type ReviewActionResult =
  | { ok: true; replayed: boolean; view: StudyViewDTO }
  | { ok: false; reason: "unauthenticated" | "invalid" | "notFound" | "conflict"; message: string; view?: StudyViewDTO };

/** Records an answer and returns the deck's next card, so the page moves on without a reload. */
export async function reviewCardAction(raw: unknown): Promise<ReviewActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "unauthenticated", message: "Your session has ended. Please sign in again." };
  const parsed = reviewInputSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, reason: "invalid", message: z.prettifyError(parsed.error) };
  }
  const deck = await authorizeCardDeck(user.id, parsed.data.cardId);
  if (!deck) return { ok: false, reason: "notFound", message: "That card does not exist or is not yours to study." };

  const now = new Date();
  const recorded = await recordReview(user.id, deck.id, parsed.data, now);
  const view = await getStudyView(user, deck.id, now);
  if (!recorded.ok) return { ok: false, reason: "conflict", message: recorded.message, view };
  revalidatePath("/");
  return { ok: true, replayed: recorded.value.replayed, view };
}
