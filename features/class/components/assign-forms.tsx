"use client";

import { useActionState, useEffect, useState } from "react";
import { QuestionTypeChoices } from "@/components/ui/question-type-choices";
import { describeAvailability } from "@/core/quiz/availability";
import { QUESTION_TYPES, type QuestionType } from "@/core/quiz/types";
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

export interface AssignableDeck {
  slug: string;
  title: string;
  /** Live quiz questions of each type in the deck. */
  questionCounts: Record<QuestionType, number>;
}

function DeckSelect({ id, decks, value, onChange }: { id: string; decks: AssignableDeck[]; value?: string; onChange?: (slug: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>Deck</label>
      <select id={id} name="deckSlug" value={value} onChange={onChange ? (event) => onChange(event.target.value) : undefined}>
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

const availableTypes = (deck: AssignableDeck | undefined): QuestionType[] => QUESTION_TYPES.filter((type) => (deck?.questionCounts[type] ?? 0) > 0);

/**
 * The quiz form says, per type, how many questions the chosen deck has, and before assigning
 * when the quiz will hold fewer than asked for (as the deck's own quiz builder does).
 */
function AssignQuizForm({ classId, decks }: { classId: string; decks: AssignableDeck[] }) {
  const [state, action, pending] = useActionState<ClassFormState, FormData>(assignQuizAction, {});
  const key = useResetKey(state);
  return (
    <form key={`quiz-${key}`} action={action} className="panel stack-tight" aria-label="Assign a quiz">
      <h2>Assign a quiz</h2>
      <Feedback state={state} />
      <input type="hidden" name="classId" value={classId} />
      <QuizFields decks={decks} />
      <button type="submit" className="button" disabled={pending}>
        Assign quiz
      </button>
    </form>
  );
}

/** The form's fields; mounted afresh (all state with them) after each assignment. */
function QuizFields({ decks }: { decks: AssignableDeck[] }) {
  const [slug, setSlug] = useState(decks[0]?.slug ?? "");
  const deck = decks.find((candidate) => candidate.slug === slug);
  const [chosen, setChosen] = useState<QuestionType[]>(() => availableTypes(deck));
  const [asked, setAsked] = useState("10");
  const counts = deck?.questionCounts ?? (Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>);
  const total = chosen.reduce((sum, type) => sum + counts[type], 0);
  const shortfall = describeAvailability(counts, chosen, Number(asked));
  return (
    <>
      <DeckSelect
        id="quiz-deck"
        decks={decks}
        value={slug}
        onChange={(next) => {
          setSlug(next);
          setChosen(availableTypes(decks.find((candidate) => candidate.slug === next)));
        }}
      />
      <DueField id="quiz-due" />
      <QuestionTypeChoices counts={counts} chosen={chosen} onChosenChange={setChosen} />
      <div className="field">
        <label htmlFor="quiz-count">Questions</label>
        <input
          id="quiz-count"
          name="count"
          type="number"
          min={1}
          max={50}
          value={asked}
          onChange={(event) => setAsked(event.target.value)}
          aria-describedby="quiz-count-availability"
        />
        <p id="quiz-count-availability" className={shortfall ? "hint availability-warning" : "hint"} role="status" data-testid="assign-quiz-availability">
          {total === 0 ? "This deck has no quiz questions of the chosen types." : (shortfall ?? `This deck has ${total} questions of the chosen types.`)}
        </p>
      </div>
      <div className="field">
        <label htmlFor="quiz-attempts">Attempts allowed (empty = unlimited)</label>
        <input id="quiz-attempts" name="attemptsAllowed" type="number" min={1} max={20} />
      </div>
      <div className="field">
        <label htmlFor="quiz-limit">Time limit in minutes (optional)</label>
        <input id="quiz-limit" name="timeLimitMinutes" type="number" min={1} max={180} />
      </div>
    </>
  );
}

export function AssignForms({ classId, decks }: { classId: string; decks: AssignableDeck[] }) {
  const [deckState, deckAction, deckPending] = useActionState<ClassFormState, FormData>(assignDeckAction, {});
  const deckKey = useResetKey(deckState);
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
      <AssignQuizForm classId={classId} decks={decks} />
    </div>
  );
}
