"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/features/account/session";
import { reviewCardOperation, studyViewOperation, type ReviewActionResult, type StudyViewResult } from "./operations";

export type { ReviewActionResult, StudyViewResult } from "./operations";

/** Records an answer and returns the deck's next card, so the page moves on without a reload. */
export async function reviewCardAction(raw: unknown): Promise<ReviewActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "unauthenticated", message: "Your session has ended. Please sign in again." };
  const result = await reviewCardOperation(user, raw, new Date());
  if (result.ok) revalidatePath("/");
  return result;
}

/** The deck's study view as of now: the study screen asks when a learning card's step comes. */
export async function studyViewAction(raw: unknown): Promise<StudyViewResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "unauthenticated", message: "Your session has ended. Please sign in again." };
  return studyViewOperation(user, raw, new Date());
}
