"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { GRADE_NAMES, type Grade } from "@/core/scheduling/grades";
import { reviewCardAction } from "../actions";
import { cardCommandAction, undoReviewAction, type CardActionResult } from "../card-actions";
import type { StudyViewDTO } from "../data";
import { DoneForToday } from "./done-for-today";
import { ProgressBar } from "./progress-bar";
import { StudyToolbar } from "./study-toolbar";

function newKey(): string {
  return crypto.randomUUID();
}

export function StudySession({
  deckSlug,
  initialView,
  returnTo,
}: {
  deckSlug: string;
  initialView: StudyViewDTO;
  /** Where the finished session leads back to (the class or deck it started from); home when absent. */
  returnTo?: { href: string; label: string };
}) {
  const [view, setView] = useState(initialView);
  const [revealed, setRevealed] = useState(false);
  const [answered, setAnswered] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // A ref, not only state: it clears in the same tick the next card's state is set, so keys
  // pressed the moment the new card shows are not dropped as "still busy".
  const busy = useRef(false);
  const startTransition = useCallback((work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    void work().finally(() => {
      busy.current = false;
      setPending(false);
    });
  }, []);
  // One key per showing of a card: a retry after a lost connection resends the same key.
  const attempt = useRef({ cardId: initialView.card?.id, key: newKey(), shownAt: Date.now() });
  const revealButton = useRef<HTMLButtonElement>(null);

  const card = view.card;
  if (card && attempt.current.cardId !== card.id) {
    attempt.current = { cardId: card.id, key: newKey(), shownAt: Date.now() };
  }

  const answer = useCallback(
    (rating: Grade) => {
      if (!card || busy.current) return;
      const { key, shownAt } = attempt.current;
      setError(null);
      setNotice(null);
      startTransition(async () => {
        try {
          const result = await reviewCardAction({ cardId: card.id, rating, idempotencyKey: key, durationMs: Date.now() - shownAt, expectedReps: card.reps });
          if (!result.ok) {
            setError(result.message);
            if (result.view) {
              setView(result.view);
              setRevealed(false);
            }
            return;
          }
          setAnswered((count) => count + (result.replayed ? 0 : 1));
          setView(result.view);
          setRevealed(false);
        } catch {
          setError("Could not save your answer: check your connection and answer again. Nothing was lost.");
        }
      });
    },
    [card, startTransition],
  );

  /** Undo, bury and suspend all answer with the deck's next view. */
  const runTool = useCallback(
    (act: () => Promise<CardActionResult>, afterUndo: boolean) => {
      if (busy.current) return;
      setError(null);
      setNotice(null);
      startTransition(async () => {
        try {
          const result = await act();
          if (result.view) {
            setView(result.view);
            setRevealed(false);
            // A card that comes back gets a fresh answer key, even if it is the one on screen.
            attempt.current = { cardId: result.view.card?.id, key: newKey(), shownAt: Date.now() };
          }
          if (!result.ok) return setError(result.message);
          if (afterUndo) setAnswered((count) => Math.max(0, count - 1));
          setNotice(result.message);
        } catch {
          setError("Could not reach the server: check your connection and try again. Nothing was changed.");
        }
      });
    },
    [startTransition],
  );
  const undo = useCallback(() => runTool(() => undoReviewAction({ deckSlug }), true), [runTool, deckSlug]);
  const command = useCallback(
    (name: "bury" | "suspend") => card && runTool(() => cardCommandAction({ cardId: card.id, command: name, withView: true }), false),
    [runTool, card],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select")) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "z") {
        event.preventDefault();
        undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (!revealed && (event.key === " " || event.key === "Enter")) {
        event.preventDefault();
        setRevealed(true);
      } else if (revealed && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        answer(Number(event.key) as Grade);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, answer, undo]);

  useEffect(() => {
    if (!revealed) revealButton.current?.focus();
  }, [revealed, card?.id]);

  const total = answered + view.remaining;
  const messages = (
    <>
      {notice ? (
        <p role="status" className="muted study-notice" data-testid="study-notice">
          {notice}
        </p>
      ) : null}
      <FormError message={error} />
    </>
  );
  if (!card) {
    return (
      <>
        <ProgressBar done={answered} total={total} />
        <DoneForToday nextDueAt={view.nextDueAt} answered={answered} returnTo={returnTo} />
        {messages}
        <StudyToolbar cardId={null} pending={pending} onUndo={undo} onCommand={command} />
      </>
    );
  }

  return (
    <div className="study">
      <ProgressBar done={answered} total={total} />
      {view.backlog ? (
        <p className="backlog" role="status" data-testid="backlog-notice">
          {view.backlog.message}
        </p>
      ) : null}
      <p className="muted study-counts" aria-live="polite">
        <span data-testid="study-remaining">{view.remaining}</span> left · {view.dueCount} due · {view.newCount} new
      </p>
      <article className="flashcard" aria-labelledby="card-prompt" data-testid="flashcard" data-card-id={card.id}>
        {card.isNew ? <p className="badge">New</p> : null}
        <h2 id="card-prompt" className="flashcard-prompt">
          {card.prompt}
        </h2>
        {revealed ? (
          <div className="flashcard-back" aria-live="polite">
            <p className="flashcard-answer" data-testid="card-answer">
              {card.answer}
            </p>
            {card.explanation ? <p className="muted">{card.explanation}</p> : null}
            {card.sources.length > 0 ? (
              <blockquote className="source">
                <span className="visually-hidden">Source: </span>
                {card.sources.join(" ")}
              </blockquote>
            ) : null}
          </div>
        ) : null}
      </article>
      {messages}
      {revealed ? (
        <div className="grade-buttons" role="group" aria-label="How well did you remember?">
          {card.previews.map((preview) => (
            <button
              key={preview.rating}
              type="button"
              className={`button grade grade-${preview.rating}`}
              onClick={() => answer(preview.rating)}
              disabled={pending}
              aria-keyshortcuts={String(preview.rating)}
            >
              <span className="grade-name">{GRADE_NAMES[preview.rating]}</span>
              <span className="grade-interval">{preview.label}</span>
              <kbd aria-hidden="true">{preview.rating}</kbd>
            </button>
          ))}
        </div>
      ) : (
        <button ref={revealButton} type="button" className="button reveal" onClick={() => setRevealed(true)} aria-keyshortcuts="Space">
          Show answer <kbd aria-hidden="true">Space</kbd>
        </button>
      )}
      <p className="muted small">
        Keys: Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy; Ctrl+Z (⌘Z) undoes. <Link href={`/decks/${deckSlug}`}>See all cards</Link>
      </p>
      <StudyToolbar cardId={card.id} pending={pending} onUndo={undo} onCommand={command} />
    </div>
  );
}
