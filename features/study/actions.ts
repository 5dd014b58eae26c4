"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/features/account/session";
import { reviewCardHandler, type ReviewActionResult } from "./handlers";

export type { ReviewActionResult } from "./handlers";

/** Records an answer and returns the deck's next card, so the page moves on without a reload. */
export async function reviewCardAction(raw: unknown): Promise<ReviewActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "unauthenticated", message: "Your session has ended. Please sign in again." };
  const result = await reviewCardHandler(user, raw, new Date());
  if (result.ok) revalidatePath("/");
  return result;
}
