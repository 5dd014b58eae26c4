"use client";

import { useActionState } from "react";
import { MAX_IMPORT_BYTES } from "@/core/import/card-file";
import { Field } from "@/components/ui/field";
import { previewImportAction, type ImportPreviewState } from "../actions";
import { ImportPreviewPanel } from "./import-preview";

export function CardImporter() {
  const [state, formAction, pending] = useActionState<ImportPreviewState, FormData>(previewImportAction, { status: "idle" });
  if (state.status === "ready") return <ImportPreviewPanel key={state.preview.text.length + state.preview.fileName} preview={state.preview} />;

  return (
    <form
      action={formAction}
      className="panel stack"
      aria-busy={pending}
      onSubmit={(event) => {
        // Refuse an oversized file before uploading it for nothing; the server checks again.
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        if (file && file.size > MAX_IMPORT_BYTES) {
          event.preventDefault();
          alert("The file is larger than 1 MB. Split it and import the parts.");
        }
      }}
    >
      {state.status === "error" ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="file">CSV or TSV file</label>
        <input id="file" name="file" type="file" required accept=".csv,.tsv,.tab,.txt,text/csv,text/tab-separated-values,text/plain" aria-describedby="file-hint" />
        <p id="file-hint" className="hint">
          One card per row: front, back, and optionally tags separated by spaces and a group (cards of one group are siblings, never studied on the same day). A header row (front, back, tags, group) is skipped. UTF-8, up to 1 MB
          and 5,000 cards.
        </p>
      </div>
      <Field label="Deck title" name="title" maxLength={200} hint="Optional: taken from the file name when left empty." />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Reading the file…" : "Preview import"}
      </button>
    </form>
  );
}
