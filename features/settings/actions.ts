"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { describeWorkloadChange, type ReschedulePreview } from "@/core/scheduling";
import { getCurrentUser } from "@/features/account/session";
import { authorizeDeckBySlug } from "@/features/deck/access";
import { fsrsSettingsDiffer, withDeckSettings, withUserSettings } from "@/core/scheduling";
import { previewSchedulingChange } from "./data";
import { loadSchedulingContext } from "@/features/card-state/data";
import { saveDeckSettings, saveUserSettings } from "./mutations";
import { deckSettingsSchema, saveDeckSettingsSchema, saveUserSettingsSchema, userSettingsSchema } from "./schema";

export type SaveSettingsResult =
  | { status: "saved"; message: string }
  /** FSRS would reschedule cards: nothing is saved until the user confirms having seen this. */
  | { status: "confirm"; preview: ReschedulePreview; summary: string }
  | { status: "invalid"; message: string; fieldErrors?: Record<string, string[] | undefined> };

const SIGNED_OUT = { status: "invalid", message: "Your session has ended. Please sign in again." } as const;

function savedMessage(rescheduled: number): string {
  if (rescheduled === 0) return "Settings saved.";
  return `Settings saved; ${rescheduled === 1 ? "1 card was" : `${rescheduled} cards were`} rescheduled from their history.`;
}

function confirmation(preview: ReschedulePreview): SaveSettingsResult {
  return { status: "confirm", preview, summary: describeWorkloadChange(preview) };
}

/**
 * Saves the general settings. A change FSRS would notice (retention, steps, maximum interval,
 * fuzz) is first answered with a preview of the workload; only `confirm: true` applies it,
 * rescheduling the affected cards in the same transaction.
 */
export async function saveSettingsAction(raw: unknown): Promise<SaveSettingsResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const envelope = saveUserSettingsSchema.safeParse(raw);
  if (!envelope.success) return { status: "invalid", message: z.prettifyError(envelope.error) };
  const parsed = userSettingsSchema.safeParse(envelope.data.values);
  if (!parsed.success) {
    return { status: "invalid", message: "Please fix the fields marked below.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  if (!envelope.data.confirm) {
    const before = await loadSchedulingContext(user.id);
    const after = withUserSettings(before, parsed.data);
    if (fsrsSettingsDiffer(before, after, null)) return confirmation(await previewSchedulingChange(user.id, before, after, new Date()));
  }
  const { rescheduled } = await saveUserSettings(user.id, parsed.data);
  revalidatePath("/", "layout");
  return { status: "saved", message: savedMessage(rescheduled) };
}

/** The same for one deck's overrides; the deck must be one the user may study. */
export async function saveDeckSettingsAction(raw: unknown): Promise<SaveSettingsResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const envelope = saveDeckSettingsSchema.safeParse(raw);
  if (!envelope.success) return { status: "invalid", message: z.prettifyError(envelope.error) };
  const deck = await authorizeDeckBySlug(user.id, envelope.data.deckSlug);
  if (!deck) return { status: "invalid", message: "That deck does not exist or is not yours to study." };
  const parsed = deckSettingsSchema.safeParse(envelope.data.values);
  if (!parsed.success) {
    return { status: "invalid", message: "Please fix the fields marked below.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  if (!envelope.data.confirm) {
    const before = await loadSchedulingContext(user.id, undefined, [deck.id]);
    const after = withDeckSettings(before, deck.id, parsed.data);
    if (fsrsSettingsDiffer(before, after, deck.id)) return confirmation(await previewSchedulingChange(user.id, before, after, new Date()));
  }
  const { rescheduled } = await saveDeckSettings(user.id, deck.id, parsed.data);
  revalidatePath("/", "layout");
  return { status: "saved", message: savedMessage(rescheduled) };
}
