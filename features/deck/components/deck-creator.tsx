"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { ARTICLE_INPUT_MESSAGES, MAX_ARTICLE_BYTES } from "@/core/content/article-input";
import { previewDeckAction, type PreviewState } from "../actions";
import { DeckPreviewEditor } from "./deck-preview-editor";
import { EMPTY_DRAFT, isPreviewEntry, loadDraft, PREVIEW_STATE, saveDraft, type NewDeckDraft } from "./new-deck-draft";

/**
 * The new-deck page: the article form, then the editable preview. The draft (text, title, the
 * preview and its edits) survives Back/Forward and a reload (`new-deck-draft.ts`); "Back to the
 * text" returns to the form with the text in it, "Regenerate" runs the generator again.
 */
export function DeckCreator() {
  const [state, formAction, pending] = useActionState<PreviewState, FormData>(previewDeckAction, { status: "idle" });
  const [tooLarge, setTooLarge] = useState(false);
  const [draft, setDraft] = useState<NewDeckDraft>(EMPTY_DRAFT);
  const [stage, setStage] = useState<"text" | "preview">("text");
  const [restored, setRestored] = useState(false);
  const handled = useRef<PreviewState | null>(null);

  // Restore after hydration: the server cannot see this tab's storage.
  useEffect(() => {
    const saved = loadDraft();
    setDraft(saved);
    setStage(saved.preview && isPreviewEntry(window.history.state) ? "preview" : "text");
    setRestored(true);
    const onPopState = (event: PopStateEvent) => setStage(isPreviewEntry(event.state) && loadDraft().preview ? "preview" : "text");
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  useEffect(() => {
    if (restored) saveDraft(draft);
  }, [draft, restored]);

  useEffect(() => {
    if (state.status !== "ready" || handled.current === state) return;
    handled.current = state;
    const preview = state.preview;
    // A file's text goes into the form too, so "Back to the text" and "Regenerate" have it.
    setDraft((current) => ({ form: { ...current.form, text: current.form.text || preview.text }, preview, edits: null }));
    if (isPreviewEntry(window.history.state)) window.history.replaceState(PREVIEW_STATE, "");
    else window.history.pushState(PREVIEW_STATE, "");
    setStage("preview");
  }, [state]);

  const setForm = (change: Partial<NewDeckDraft["form"]>) => setDraft((current) => ({ ...current, form: { ...current.form, ...change } }));

  function regenerate() {
    const data = new FormData();
    data.set("title", draft.form.title);
    data.set("published", draft.form.published);
    data.set("text", draft.form.text || draft.preview?.text || "");
    startTransition(() => formAction(data));
  }

  function backToText() {
    if (isPreviewEntry(window.history.state)) window.history.back();
    else setStage("text");
  }

  if (stage === "preview" && draft.preview) {
    return (
      <DeckPreviewEditor
        key={`${draft.preview.text.length}:${draft.preview.title}:${draft.preview.cards.length}`}
        preview={draft.preview}
        initial={draft.edits}
        onChange={(edits) => setDraft((current) => ({ ...current, edits }))}
        onBack={backToText}
        onRegenerate={regenerate}
        regenerating={pending}
        error={state.status === "error" ? state.message : null}
      />
    );
  }

  return (
    <form
      action={formAction}
      className="panel stack"
      aria-busy={pending}
      onSubmit={(event) => {
        // Refuse an oversized file before uploading a megabyte for nothing.
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        setTooLarge(Boolean(file && file.size > MAX_ARTICLE_BYTES));
        if (file && file.size > MAX_ARTICLE_BYTES) event.preventDefault();
      }}
    >
      {tooLarge ? (
        <p role="alert" className="form-error">
          {ARTICLE_INPUT_MESSAGES.tooLarge}
        </p>
      ) : state.status === "error" ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="title">Title</label>
        <input
          id="title"
          name="title"
          maxLength={200}
          value={draft.form.title}
          onChange={(event) => setForm({ title: event.target.value })}
          aria-describedby="title-hint"
          aria-invalid={state.status === "error" && state.fieldErrors?.title ? true : undefined}
        />
        <p id="title-hint" className="hint">
          Optional: taken from the file&apos;s front matter, its first heading or its first few words when left empty.
        </p>
        {state.status === "error" && state.fieldErrors?.title ? <p className="field-error">{state.fieldErrors.title.join(" ")}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="published">Published on</label>
        <input id="published" name="published" type="date" value={draft.form.published} onChange={(event) => setForm({ published: event.target.value })} aria-describedby="published-hint" />
        <p id="published-hint" className="hint">
          Optional: anchors relative dates such as “eight years ago”.
        </p>
        {state.status === "error" && state.fieldErrors?.published ? <p className="field-error">{state.fieldErrors.published.join(" ")}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="text">Article text</label>
        <textarea id="text" name="text" rows={12} placeholder="Paste the article here…" value={draft.form.text} onChange={(event) => setForm({ text: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="file">…or upload a file</label>
        <input id="file" name="file" type="file" accept=".md,.markdown,.txt,text/plain,text/markdown" />
        <p className="hint">A .md or .txt file up to 1 MB. A file takes precedence over pasted text.</p>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Generating cards…" : "Generate cards"}
      </button>
      {pending ? (
        <div className="stack-tight" aria-live="polite">
          <progress aria-label="Generating cards" />
          <p className="muted small">Reading the article and finding its facts…</p>
        </div>
      ) : null}
    </form>
  );
}
