"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { addCardAction, deleteCardAction, editCardAction, type CardFormState } from "../actions";

interface EditableCard {
  id: string;
  prompt: string;
  answer: string;
  explanation: string;
}

function TextArea({ label, name, defaultValue, errors, rows = 2 }: { label: string; name: string; defaultValue?: string; errors?: string[]; rows?: number }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name={name} rows={rows} defaultValue={defaultValue} aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? errorId : undefined} />
      {errors?.length ? (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** Edit and delete buttons under one card of the owner's deck. */
export function CardEditControls({ deckSlug, card }: { deckSlug: string; card: EditableCard }) {
  const [editing, setEditing] = useState(false);
  const [editState, editAction, editPending] = useActionState<CardFormState, FormData>(editCardAction, {});
  const [deleteState, deleteAction, deletePending] = useActionState<CardFormState, FormData>(deleteCardAction, {});
  const [notice, setNotice] = useState("");
  const resetId = useId();
  useEffect(() => {
    if (editState.ok) {
      setEditing(false);
      setNotice(editState.message ?? "");
    }
  }, [editState]);

  return (
    <div className="stack-tight card-edit">
      <p role="status" className="small muted">
        {notice}
      </p>
      {editing ? (
        <form action={editAction} className="stack-tight" aria-label={`Edit card: ${card.prompt}`}>
          <FormError message={editState.ok === false ? editState.message : undefined} />
          <input type="hidden" name="deckSlug" value={deckSlug} />
          <input type="hidden" name="cardId" value={card.id} />
          <TextArea label="Question" name="prompt" defaultValue={card.prompt} errors={editState.fieldErrors?.prompt} />
          <TextArea label="Answer" name="answer" defaultValue={card.answer} errors={editState.fieldErrors?.answer} />
          <TextArea label="Explanation (optional)" name="explanation" defaultValue={card.explanation} errors={editState.fieldErrors?.explanation} />
          <label className="choice" htmlFor={resetId}>
            <input id={resetId} type="checkbox" name="resetProgress" />
            This changes the answer — reset progress
          </label>
          <p className="hint">Unticked, everyone who studied the card keeps their review history, as in Anki.</p>
          <div className="row">
            <button type="submit" className="button" disabled={editPending}>
              Save card
            </button>
            <button type="button" className="button button-quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="row">
          <button type="button" className="button button-quiet small" onClick={() => setEditing(true)} aria-label={`Edit card: ${card.prompt}`}>
            Edit
          </button>
          <form
            action={deleteAction}
            onSubmit={(event) => {
              if (!confirm("Delete this card? It leaves study and quizzes; everyone's review history of it is kept.")) event.preventDefault();
            }}
          >
            <input type="hidden" name="deckSlug" value={deckSlug} />
            <input type="hidden" name="cardId" value={card.id} />
            <button type="submit" className="button button-quiet small" disabled={deletePending} aria-label={`Delete card: ${card.prompt}`}>
              Delete
            </button>
          </form>
        </div>
      )}
      <FormError message={deleteState.ok === false ? deleteState.message : undefined} />
    </div>
  );
}

/** A sibling group, as the import's optional group column: cards of one group are never studied on the same day. */
function GroupField({ errors }: { errors?: string[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Sibling group (optional)</label>
      <input id={id} name="group" maxLength={200} aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`} aria-invalid={errors?.length ? true : undefined} />
      <p id={`${id}-hint`} className="hint">
        Cards with the same group (say, both directions of one fact) are siblings: once one is studied, the others wait until the next day.
      </p>
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** "Add a card" on the owner's deck page; the form empties after each card added. */
export function AddCardForm({ deckSlug }: { deckSlug: string }) {
  const [state, formAction, pending] = useActionState<CardFormState, FormData>(addCardAction, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  return (
    <details className="panel">
      <summary>Add a card</summary>
      <form ref={form} action={formAction} className="stack-tight" aria-label="Add a card">
        <FormError message={state.ok === false ? state.message : undefined} />
        <input type="hidden" name="deckSlug" value={deckSlug} />
        <TextArea label="Question" name="prompt" errors={state.fieldErrors?.prompt} />
        <TextArea label="Answer" name="answer" errors={state.fieldErrors?.answer} />
        <TextArea label="Explanation (optional)" name="explanation" errors={state.fieldErrors?.explanation} />
        <GroupField errors={state.fieldErrors?.group} />
        <p role="status" className="small muted">
          {state.ok ? state.message : ""}
        </p>
        <button type="submit" className="button" disabled={pending}>
          Add card
        </button>
      </form>
    </details>
  );
}
