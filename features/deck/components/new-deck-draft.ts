import type { GeneratedCard } from "@/core/generation/types";
import type { DeckPreview } from "../actions";

export interface DraftCard extends GeneratedCard {
  dropped: boolean;
}

/**
 * Everything the new-deck page holds before publishing: the form as typed, the generated
 * preview and the edits to it. Kept in sessionStorage (this tab only, gone when it closes) so
 * Back, Forward and a reload bring it back instead of losing the text and every edit.
 */
export interface NewDeckDraft {
  form: { title: string; published: string; text: string };
  preview: DeckPreview | null;
  edits: { title: string; cards: DraftCard[] } | null;
}

const KEY = "kioku:new-deck-draft";
export const EMPTY_DRAFT: NewDeckDraft = { form: { title: "", published: "", text: "" }, preview: null, edits: null };

export function loadDraft(): NewDeckDraft {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return EMPTY_DRAFT;
    const parsed = JSON.parse(raw) as Partial<NewDeckDraft>;
    return { form: { ...EMPTY_DRAFT.form, ...parsed.form }, preview: parsed.preview ?? null, edits: parsed.edits ?? null };
  } catch {
    return EMPTY_DRAFT;
  }
}

export function saveDraft(draft: NewDeckDraft): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the draft lives as long as the page, as before.
  }
}

export function clearDraft(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}

/** The history entry the preview lives on, so Back returns to the text and Forward to the preview. */
export const PREVIEW_STATE = { kiokuNewDeck: "preview" } as const;
export const isPreviewEntry = (state: unknown) => typeof state === "object" && state !== null && (state as { kiokuNewDeck?: string }).kiokuNewDeck === "preview";
