"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/features/account/session";
import { addCardOperation, deleteCardOperation, editCardOperation, type CardEditResult } from "./card-operations";
import { previewDeckOperation, publishDeckOperation, type PreviewState } from "./operations";
import { applyRegenerationOperation } from "./regeneration-operations";

export type { DeckPreview, PreviewState } from "./operations";


/** Generates cards from pasted text or an uploaded file for the creator to review; stores nothing. */
export async function previewDeckAction(_previous: PreviewState, formData: FormData): Promise<PreviewState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Please sign in again." };
  return previewDeckOperation(user, formData);
}

export type PublishResult = { ok: false; message: string };

/** Publishes the reviewed cards as the user's own deck, all or nothing, then opens it. */
export async function publishDeckAction(raw: unknown): Promise<PublishResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Please sign in again." };
  const published = await publishDeckOperation(user, raw);
  if (!published.ok) return { ok: false, message: published.message };
  redirect(`/decks/${published.value.slug}`);
}

export interface CardFormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

function formEntries(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  return out;
}

function toCardFormState(result: CardEditResult): CardFormState {
  if (result.ok) {
    revalidatePath(`/decks/${result.value.slug}`);
    revalidatePath("/");
    return { ok: true, message: result.value.message };
  }
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
}

/** Saves a published card's new text; its owner only. */
export async function editCardAction(_previous: CardFormState, formData: FormData): Promise<CardFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Please sign in again." };
  return toCardFormState(await editCardOperation(user, formEntries(formData), new Date()));
}

/** Takes a card out of study and quizzes, keeping its review history; its owner only. */
export async function deleteCardAction(_previous: CardFormState, formData: FormData): Promise<CardFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Please sign in again." };
  return toCardFormState(await deleteCardOperation(user, formEntries(formData), new Date()));
}

/** Adds a front/back card to a published deck; its owner only. */
export async function addCardAction(_previous: CardFormState, formData: FormData): Promise<CardFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Please sign in again." };
  return toCardFormState(await addCardOperation(user, formEntries(formData)));
}

export interface RegenerationFormState {
  ok?: boolean;
  message?: string;
}

/** Applies the ticked rows of "Regenerate from the article"; the deck's owner only. */
export async function applyRegenerationAction(_previous: RegenerationFormState, formData: FormData): Promise<RegenerationFormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Please sign in again." };
  const keys = formData.getAll("keys").filter((value): value is string => typeof value === "string");
  const result = await applyRegenerationOperation(user, { deckSlug: formData.get("deckSlug"), keys }, new Date());
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/decks/${result.value.slug}`);
  revalidatePath("/");
  const { added, changed, removed } = result.value;
  if (added + changed + removed === 0) return { ok: true, message: "Nothing was ticked, so nothing changed." };
  redirect(`/decks/${result.value.slug}?regenerated=${added}-${changed}-${removed}`);
}
