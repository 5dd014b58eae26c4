import "server-only";
import { z } from "zod";
import type { UserId } from "@/features/account/session";
import { authorizeDeckBySlug } from "@/features/deck/access";
import { answerCard } from "./answer-card";
import { getStudyView, type StudyViewDTO } from "./data";
import { studyViewInputSchema } from "./schema";

export type ReviewActionResult =
  | { ok: true; replayed: boolean; view: StudyViewDTO }
  | { ok: false; reason: "unauthenticated" | "invalid" | "notFound" | "conflict"; message: string; view?: StudyViewDTO };

/**
 * The review action's body with the signed-in user passed in: answerCard, then the deck's next
 * view (also after a conflict, so the screen shows the card's current state). The "use server"
 * wrapper in actions.ts fetches the user and revalidates; tests drive this directly.
 */
export async function reviewCardOperation(user: { id: UserId }, raw: unknown, now: Date): Promise<ReviewActionResult> {
  const answered = await answerCard(user, raw, now);
  if (!answered.ok && answered.reason !== "conflict") return { ok: false, reason: answered.reason, message: answered.message };
  const deckId = answered.ok ? answered.value.deckId : answered.deckId;
  const view = await getStudyView(user, deckId, now);
  if (!answered.ok) return { ok: false, reason: "conflict", message: answered.message, view };
  return { ok: true, replayed: answered.value.replayed, view };
}

export type StudyViewResult =
  | { ok: true; view: StudyViewDTO }
  | { ok: false; reason: "unauthenticated" | "invalid" | "notFound"; message: string };

/** The deck's next view for the signed-in user, by the slug the study screen shows. */
export async function studyViewOperation(user: { id: UserId }, raw: unknown, now: Date): Promise<StudyViewResult> {
  const parsed = studyViewInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", message: z.prettifyError(parsed.error) };
  const deck = await authorizeDeckBySlug(user.id, parsed.data.deckSlug);
  if (!deck) return { ok: false, reason: "notFound", message: "That deck does not exist or is not yours to study." };
  return { ok: true, view: await getStudyView(user, deck.id, now, { withPack: true }) };
}
