"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { GRADE_NAMES, type Grade } from "@/core/scheduling/grades";
import { describeBacklog } from "@/core/scheduling/queue";
import { studyViewAction } from "../actions";
import { cardCommandAction, undoReviewAction, type CardActionResult } from "../card-actions";
import type { StudyViewDTO } from "../data";
import { answerLocally, localPreviews, localQueue, onStudyDay, startLocalStudy, stateBefore, type LocalStudy, type StudyPackDTO } from "../local-study";
import { DoneForToday } from "./done-for-today";
import { LearningCountdown } from "./learning-countdown";
import { ProgressBar } from "./progress-bar";
import { StudyToolbar } from "./study-toolbar";
import type { WaitingAnswer } from "../outbox-store";
import { useOutbox } from "./use-outbox";

function newKey(): string {
  return crypto.randomUUID();
}

function emptyPack(): StudyPackDTO {
  const now = new Date().toISOString();
  return {
    madeAt: now,
    settings: { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false, learningSteps: [], relearningSteps: [] },
    nextDayStart: now,
    newCardsPerDay: 0,
    newStartedToday: 0,
    maxReviewsPerDay: 0,
    reviewsDoneToday: 0,
    newBuriedUntil: null,
    cards: [],
    truncated: true,
  };
}

/** A page older than this was kept, not just served: its card is picked again on the device (ms). */
const STALE_PAGE_MS = 10 * 60_000;

/** The next card after `answeredId`: another one if any is due, so an Again card does not come straight back. */
function pickNext(study: LocalStudy, now: Date, answeredId: string | null): string | null {
  const ids = localQueue(study, now).cardIds;
  return ids.find((id) => id !== answeredId) ?? ids[0] ?? null;
}

/**
 * The study screen. Answers are graded here, on the device, with the same scheduling code and
 * settings as the server (local-study.ts), so the next card shows at once, online or not; the
 * answers go to the server in the background (use-outbox.ts), which grades them again from its
 * own state. Undo, bury and suspend ask the server and take its view.
 */
export function StudySession({
  userId,
  deckSlug,
  initialView,
  returnTo,
}: {
  /** The signed-in user: answers kept on the device are theirs alone (use-outbox.ts). */
  userId: string;
  deckSlug: string;
  initialView: StudyViewDTO;
  /** Where the finished session leads back to (the class or deck it started from); home when absent. */
  returnTo?: { href: string; label: string };
}) {
  const [study, setStudy] = useState<LocalStudy>(() => startLocalStudy(initialView.pack ?? emptyPack()));
  const [currentId, setCurrentId] = useState<string | null>(initialView.card?.id ?? null);
  // The first render uses the pack's own time, as the server did: the same HTML on both sides.
  const [nowMs, setNowMs] = useState(() => new Date(study.pack.madeAt).getTime());
  const [revealed, setRevealed] = useState(false);
  const [answered, setAnswered] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const busy = useRef(false);
  const shownAt = useRef(0);
  const revealButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(0);
  const studyRef = useRef(study);
  studyRef.current = study;

  const now = useMemo(() => new Date(nowMs), [nowMs]);
  const queue = useMemo(() => localQueue(study, now), [study, now]);
  const card = currentId ? (study.pack.cards.find((candidate) => candidate.id === currentId) ?? null) : null;
  const previews = useMemo(() => (currentId ? localPreviews(study, currentId, now) : []), [study, currentId, now]);

  /** The server's view replaces the device's: after undo, bury, suspend, or when the server's state moved. */
  const applyView = useCallback((view: StudyViewDTO, keepCurrent: boolean) => {
    if (!view.pack) return;
    const next = startLocalStudy(view.pack);
    const at = new Date();
    setStudy(next);
    setNowMs(at.getTime());
    setCurrentId((current) => {
      if (keepCurrent && current && localQueue(next, at).cardIds.includes(current)) return current;
      if (current !== (view.card?.id ?? null)) setRevealed(false);
      return view.card?.id ?? pickNext(next, at, null);
    });
  }, []);

  const refresh = useCallback(() => {
    void studyViewAction({ deckSlug })
      .then((result) => {
        if (result.ok && !busy.current) applyView(result.view, true);
      })
      .catch(() => {
        // Offline: the device's own state goes on; the next sync asks again.
      });
  }, [deckSlug, applyView]);

  const outbox = useOutbox(
    userId,
    useCallback(
      (why: "moved" | "synced") => {
        if (why === "moved") setNotice("A card you answered was answered elsewhere too (another tab or device): both answers count, and this screen now shows its state.");
        refresh();
      },
      [refresh],
    ),
    // Answers from an earlier visit that the page does not include yet (a reload offline shows a
    // page cached before them; a reload mid-send, one rendered before the answer was stored):
    // given again to the device's state, so their cards do not come back. An answer is in the
    // page when the card's review count has moved past the count it was given at. One the server
    // has acknowledged is in any page made after it, or was undone there: only a page older than
    // the answer (a kept copy) takes it again.
    useCallback((waiting: WaitingAnswer[]) => {
      const current = studyRef.current;
      const madeAt = new Date(current.pack.madeAt).getTime();
      let next = current;
      for (const answer of [...waiting].sort((a, b) => a.answeredAt.localeCompare(b.answeredAt))) {
        if (!next.states.has(answer.cardId)) continue;
        const at = new Date(answer.answeredAt);
        if (answer.sentAt && at.getTime() <= madeAt) continue;
        if (stateBefore(next, answer.cardId, at).reps === answer.baseReps) next = answerLocally(next, answer.cardId, answer.rating, at).study;
      }
      if (next === current) return;
      const now = new Date();
      setStudy(next);
      setNowMs(now.getTime());
      setRevealed(false);
      setCurrentId(pickNext(next, now, null));
    }, []),
  );

  useEffect(() => {
    shownAt.current = Date.now();
  }, [currentId]);

  // The card on screen is always one the queue holds: when the device's state changes under it
  // (answers kept from an earlier visit taken again, the server's state after a sync), a card
  // that is no longer due gives way to the next one, or to the end of the session.
  useEffect(() => {
    if (!currentId || busy.current) return;
    const at = new Date();
    const ids = localQueue(study, at).cardIds;
    if (ids.includes(currentId)) return;
    setRevealed(false);
    setCurrentId(ids[0] ?? null);
  }, [study, currentId]);

  // A kept copy of the page (the service worker's, opened hours later or on another study day,
  // often offline): its first card was the server's pick back then. What is due now comes first.
  useEffect(() => {
    const at = new Date();
    const current = studyRef.current;
    const stale = at.getTime() - new Date(current.pack.madeAt).getTime() > STALE_PAGE_MS || onStudyDay(current, at) !== current;
    if (stale) setCurrentId(pickNext(current, at, null));
  }, []);

  // Once mounted, the real clock: it ticks while no card shows, so a learning card comes back when due.
  useEffect(() => {
    setNowMs(Date.now());
    if (currentId) return;
    const timer = setInterval(() => setNowMs(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [currentId]);

  useEffect(() => {
    if (currentId) return;
    const next = queue.cardIds[0];
    if (next) setCurrentId(next);
    else if (study.pack.truncated && Date.now() - asked.current > 10_000) {
      // The pack ran out before the day's cards did: ask the server for more.
      asked.current = Date.now();
      void outbox.flush().then(() => refresh());
    }
  }, [currentId, queue, study.pack.truncated, outbox, refresh]);

  const answer = useCallback(
    (rating: Grade) => {
      if (!card || busy.current) return;
      const at = new Date();
      const before = stateBefore(study, card.id, at);
      const { study: next } = answerLocally(study, card.id, rating, at);
      outbox.add({
        idempotencyKey: newKey(),
        cardId: card.id,
        rating,
        durationMs: Math.min(Math.max(0, at.getTime() - shownAt.current), 3_600_000),
        answeredAt: at.toISOString(),
        baseReps: before.reps,
      });
      setError(null);
      setNotice(null);
      setStudy(next);
      setNowMs(at.getTime());
      setAnswered((count) => count + 1);
      setRevealed(false);
      setCurrentId(pickNext(next, at, card.id));
    },
    [card, study, outbox],
  );

  /** Undo, bury and suspend: the waiting answers go first, then the server answers with the deck's next view. */
  const runTool = useCallback(
    (act: () => Promise<CardActionResult>, afterUndo: boolean) => {
      if (busy.current) return;
      busy.current = true;
      setPending(true);
      setError(null);
      setNotice(null);
      void (async () => {
        try {
          if (!(await outbox.flush())) {
            setError("This needs a connection: your answers are kept on this device and sent when it returns.");
            return;
          }
          const result = await act();
          if (result.view) applyView(result.view, false);
          if (!result.ok) return setError(result.message);
          if (afterUndo) setAnswered((count) => Math.max(0, count - 1));
          setNotice(result.message);
        } catch {
          setError("Could not reach the server: check your connection and try again. Nothing was changed.");
        } finally {
          busy.current = false;
          setPending(false);
        }
      })();
    },
    [outbox, applyView],
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
  }, [revealed, currentId]);

  const remaining = queue.cardIds.length;
  const total = answered + remaining;
  const nextDueToday = queue.nextDueAt !== null && queue.nextDueAt.getTime() < new Date(onStudyDay(study, now).dayEnds).getTime();
  const messages = (
    <>
      {outbox.waiting > 0 && outbox.stalled ? (
        <p role="status" className="muted study-notice" data-testid="answers-waiting">
          {outbox.waiting === 1 ? "1 answer waits" : `${outbox.waiting} answers wait`} to be sent; they go when the connection returns.
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="muted study-notice" data-testid="study-notice">
          {notice}
        </p>
      ) : null}
      <FormError message={error ?? outbox.problem} />
      {/* Tells a test when the answers kept on this device are read and any waiting sent (a reload sends nothing twice), and how many still wait. */}
      <span hidden data-testid="outbox" data-settled={outbox.settled} data-waiting={outbox.waiting} />
    </>
  );
  if (!card) {
    return (
      <>
        <ProgressBar done={answered} total={total} />
        {nextDueToday && queue.nextDueAt ? (
          <LearningCountdown nextDueAt={queue.nextDueAt.toISOString()} answered={answered} onDue={() => setNowMs(Date.now())} />
        ) : (
          <DoneForToday nextDueAt={queue.nextDueAt?.toISOString() ?? null} answered={answered} returnTo={returnTo} />
        )}
        {messages}
        <StudyToolbar cardId={null} pending={pending} onUndo={undo} onCommand={command} />
      </>
    );
  }

  const isNew = (study.states.get(card.id)?.phase ?? "new") === "new";
  return (
    <div className="study">
      <ProgressBar done={answered} total={total} />
      {queue.backlog ? (
        <p className="backlog" role="status" data-testid="backlog-notice">
          {describeBacklog(queue.backlog)}
        </p>
      ) : null}
      <p className="muted study-counts" aria-live="polite">
        <span data-testid="study-remaining">{remaining}</span> left · {queue.dueCount} due · {queue.newCount} new
      </p>
      <article className="flashcard" aria-labelledby="card-prompt" data-testid="flashcard" data-card-id={card.id}>
        {isNew ? <p className="badge">New</p> : null}
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
      {/* On phones this bar sits at the bottom edge, in thumb reach; elsewhere it is in the flow. */}
      <div className="answer-bar">
        {revealed ? (
          <div className="grade-buttons" role="group" aria-label="How well did you remember?">
            {previews.map((preview) => (
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
      </div>
      <p className="muted small">
        <span className="key-hints">Keys: Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy; Ctrl+Z (⌘Z) undoes. </span>
        <Link href={`/decks/${deckSlug}`}>See all cards</Link>
      </p>
      <StudyToolbar cardId={card.id} pending={pending} onUndo={undo} onCommand={command} />
    </div>
  );
}
