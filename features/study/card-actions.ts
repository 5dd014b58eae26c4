"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/features/account/session";
import { cardCommandOperation, undoReviewOperation, type CardActionResult } from "./card-operations";

export type { CardActionResult } from "./card-operations";

const SIGNED_OUT: CardActionResult = { ok: false, reason: "unauthenticated", message: "Your session has ended. Please sign in again." };

/** Undo on the study screen (button or Ctrl+Z): the user's latest answer in the deck is taken back. */
export async function undoReviewAction(raw: unknown): Promise<CardActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const result = await undoReviewOperation(user, raw, new Date());
  if (result.ok) {
    revalidatePath("/");
    revalidatePath(`/cards/${result.cardId}`);
  }
  return result;
}

/** Forget, suspend, unsuspend, bury or unbury a card (study screen and card-info page). */
export async function cardCommandAction(raw: unknown): Promise<CardActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const result = await cardCommandOperation(user, raw, new Date());
  if (result.ok) {
    revalidatePath("/");
    revalidatePath(`/cards/${result.cardId}`);
  }
  return result;
}
