"use client";

import { useActionState, useState } from "react";
import { ARTICLE_INPUT_MESSAGES, MAX_ARTICLE_BYTES } from "@/core/content/article-input";
import { Field } from "@/components/ui/field";
import { previewDeckAction, type PreviewState } from "../actions";
import { DeckPreviewEditor } from "./deck-preview-editor";

export function DeckCreator() {
  const [state, formAction, pending] = useActionState<PreviewState, FormData>(previewDeckAction, { status: "idle" });
  const [tooLarge, setTooLarge] = useState(false);

  if (state.status === "ready") return <DeckPreviewEditor key={state.preview.text.length + state.preview.title} preview={state.preview} />;

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
      <Field label="Title" name="title" maxLength={200} hint="Optional: taken from the file or its first line when left empty." errors={state.status === "error" ? state.fieldErrors?.title : undefined} />
      <Field
        label="Published on"
        name="published"
        type="date"
        hint="Optional: anchors relative dates such as “eight years ago”."
        errors={state.status === "error" ? state.fieldErrors?.published : undefined}
      />
      <div className="field">
        <label htmlFor="text">Article text</label>
        <textarea id="text" name="text" rows={12} placeholder="Paste the article here…" />
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
