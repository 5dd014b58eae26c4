"use client";

import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { confirmImportAction, type ImportPreview } from "../actions";
import styles from "./import.module.css";

function plural(count: number, word: string): string {
  return `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;
}

/** What the file would become; nothing is written until "Import" is pressed. */
export function ImportPreviewPanel({ preview }: { preview: ImportPreview }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const blocked = preview.fileError !== null || preview.errors.length > 0;

  function confirm() {
    setError(null);
    startTransition(async () => {
      const result = await confirmImportAction({ title: preview.title, fileName: preview.fileName, text: preview.text });
      if (result && !result.ok) setError(result.message);
    });
  }

  return (
    <section className="panel stack" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 id="import-preview-title">Preview: {preview.title}</h2>
      <p data-testid="import-summary">
        {preview.fileName}: {plural(preview.cardCount, "card")} ready
        {preview.errors.length > 0 ? `, ${plural(preview.errors.length, "row")} with problems` : ""} ({preview.delimiter}-separated
        {preview.headerSkipped ? ", header row skipped" : ""}).
      </p>
      <FormError message={preview.fileError} />
      {preview.errors.length > 0 ? (
        <div role="alert" className="form-error stack-tight">
          <p>Fix these rows in the file and upload it again. Nothing has been imported.</p>
          <ul className={styles.errors} data-testid="import-errors">
            {preview.errors.slice(0, 100).map((rowError) => (
              <li key={`${rowError.row}-${rowError.message}`}>
                {rowError.message}
                {rowError.line !== rowError.row ? ` (line ${rowError.line})` : ""}
              </li>
            ))}
          </ul>
          {preview.errors.length > 100 ? <p>…and {plural(preview.errors.length - 100, "more row")}.</p> : null}
        </div>
      ) : null}
      {preview.sample.length > 0 ? (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <caption className="visually-hidden">The first {preview.sample.length} cards</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Front</th>
                <th scope="col">Back</th>
                <th scope="col">Tags</th>
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((card) => (
                <tr key={card.row}>
                  <td>{card.row}</td>
                  <td>{card.front}</td>
                  <td>{card.back}</td>
                  <td>{card.tags.join(" ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.cardCount > preview.sample.length ? <p className="muted small">…and {plural(preview.cardCount - preview.sample.length, "more card")}.</p> : null}
        </div>
      ) : null}
      <FormError message={error} />
      <div className="row">
        {!blocked ? (
          <button type="button" className="button" onClick={confirm} disabled={pending}>
            {pending ? "Importing…" : `Import ${plural(preview.cardCount, "card")}`}
          </button>
        ) : null}
        {/* A full load of the same page: it starts the import over with an empty form. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="button button-quiet" href="/decks/import">
          Choose another file
        </a>
      </div>
    </section>
  );
}
