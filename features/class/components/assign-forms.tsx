"use client";

import { useActionState, useEffect, useState } from "react";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from "@/core/quiz/types";
import { assignDeckAction, assignQuizAction, type ClassFormState } from "../actions";

/** The browser knows the instructor's zone; the server needs an instant, so send local time with its offset. */
function withOffset(local: string): string {
  if (!local) return "";
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

/** An instant as `<input type="datetime-local">` wants it, in the browser's zone. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function DueField({ id, initial }: { id: string; initial?: string }) {
  const [local, setLocal] = useState("");
  // Set after hydration: the server does not know the browser's zone.
  useEffect(() => {
    if (initial) setLocal(toLocalInput(initial));
  }, [initial]);
  return (
    <div className="field">
      <label htmlFor={id}>Due</label>
      <input id={id} type="datetime-local" required value={local} onChange={(event) => setLocal(event.target.value)} />
      <input type="hidden" name="dueAt" value={withOffset(local)} />
    </div>
  );
}

function DeckSelect({ id, decks }: { id: string; decks: { slug: string; title: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>Deck</label>
      <select id={id} name="deckSlug">
        {decks.map((deck) => (
          <option key={deck.slug} value={deck.slug}>
            {deck.title}
          </option>
        ))}
      </select>
    </div>
  );
}

function Feedback({ state }: { state: ClassFormState }) {
  if (state.message) {
    return (
      <p role="alert" className="form-error">
        {state.message}
      </p>
    );
  }
  return state.done ? (
    <p role="status" className="muted">
      {state.done}
    </p>
  ) : null;
}

/** A key that changes after each success, so the form's fields mount afresh: the form resets completely. */
function useResetKey(state: ClassFormState): number {
  const [key, setKey] = useState(0);
  useEffect(() => {
    if (state.done) setKey((previous) => previous + 1);
  }, [state]);
  return key;
}

export function AssignForms({ classId, decks }: { classId: string; decks: { slug: string; title: string }[] }) {
  const [deckState, deckAction, deckPending] = useActionState<ClassFormState, FormData>(assignDeckAction, {});
  const [quizState, quizAction, quizPending] = useActionState<ClassFormState, FormData>(assignQuizAction, {});
  const deckKey = useResetKey(deckState);
  const quizKey = useResetKey(quizState);
  return (
    <div className="assign-grid">
      <form key={`deck-${deckKey}`} action={deckAction} className="panel stack-tight" aria-label="Assign a deck">
        <h2>Assign a deck</h2>
        <Feedback state={deckState} />
        <input type="hidden" name="classId" value={classId} />
        <DeckSelect id="deck-deck" decks={decks} />
        <DueField id="deck-due" />
        <div className="field">
          <label htmlFor="deck-target">Predicted recall target on the due date (%)</label>
          <input id="deck-target" name="targetRecallPercent" type="number" min={50} max={99} defaultValue={85} />
        </div>
        <button type="submit" className="button" disabled={deckPending}>
          Assign deck
        </button>
      </form>
      <form key={`quiz-${quizKey}`} action={quizAction} className="panel stack-tight" aria-label="Assign a quiz">
        <h2>Assign a quiz</h2>
        <Feedback state={quizState} />
        <input type="hidden" name="classId" value={classId} />
        <DeckSelect id="quiz-deck" decks={decks} />
        <DueField id="quiz-due" />
        <fieldset className="field">
          <legend>Question types</legend>
          {QUESTION_TYPES.map((type) => (
            <label key={type} className="choice">
              <input type="checkbox" name="types" value={type} defaultChecked /> {QUESTION_TYPE_LABELS[type]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="quiz-count">Questions</label>
          <input id="quiz-count" name="count" type="number" min={1} max={50} defaultValue={10} />
        </div>
        <div className="field">
          <label htmlFor="quiz-attempts">Attempts allowed (empty = unlimited)</label>
          <input id="quiz-attempts" name="attemptsAllowed" type="number" min={1} max={20} />
        </div>
        <div className="field">
          <label htmlFor="quiz-limit">Time limit in minutes (optional)</label>
          <input id="quiz-limit" name="timeLimitMinutes" type="number" min={1} max={180} />
        </div>
        <button type="submit" className="button" disabled={quizPending}>
          Assign quiz
        </button>
      </form>
    </div>
  );
}
