"use server";

import { redirect } from "next/navigation";
import type { GeneratedCard } from "@/core/generation/types";
import { getCurrentUser } from "@/features/account/session";
import { previewDeckHandler, publishDeckHandler } from "./handlers";

export interface DeckPreview {
  title: string;
  published?: string;
  /** The article text as received (front matter removed); sent back on publish. */
  text: string;
  sentences: { id: number; text: string }[];
  cards: GeneratedCard[];
  questionCount: number;
}

export type PreviewState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors?: Record<string, string[] | undefined> }
  | { status: "ready"; preview: DeckPreview };

/** Generates cards from pasted text or an uploaded file for the creator to review; stores nothing. */
export async function previewDeckAction(_previous: PreviewState, formData: FormData): Promise<PreviewState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Please sign in again." };
  return previewDeckHandler(user, formData);
}

export type PublishResult = { ok: false; message: string };

/** Publishes the reviewed cards as the user's own deck, all or nothing, then opens it. */
export async function publishDeckAction(raw: unknown): Promise<PublishResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Please sign in again." };
  const published = await publishDeckHandler(user, raw);
  if (!published.ok) return { ok: false, message: published.message };
  redirect(`/decks/${published.value.slug}`);
}
