"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import type { QuestionResponse } from "@/core/quiz/types";
import { ProgressBar } from "@/features/study/components/progress-bar";
import { saveAnswerAction, submitAttemptAction } from "../actions";
import type { AttemptViewDTO } from "../data";
import { QuestionInput } from "./question-input";
import { Countdown } from "./countdown";

type Responses = Record<string, QuestionResponse | null>;

/** Answers not yet acknowledged by the server survive a reload or a lost connection here. */
function backupKey(attemptId: string) {
  return `kioku:attempt:${attemptId}`;
}

/** Set while a submit waits for the connection: the quiz is submitted when it returns, even after a reload. */
function submitKey(attemptId: string) {
  return `kioku:attempt:${attemptId}:submit`;
}

export function QuizRunner({ view }: { view: AttemptViewDTO }) {
  const [responses, setResponses] = useState<Responses>(() => Object.fromEntries(view.questions.map((q) => [q.id, q.saved])));
  const [index, setIndex] = useState(0);
  const [unsaved, setUnsaved] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [submitting, startSubmit] = useTransition();
  const [submitWaiting, setSubmitWaiting] = useState(false);
  // A save or submit that failed for want of a connection (not one the server refused).
  const offline = useRef(false);
  const latest = useRef(responses);
  latest.current = responses;

  const save = useCallback(
    async (questionId: string): Promise<boolean> => {
      const response = latest.current[questionId];
      if (!response) return true;
      try {
        const result = await saveAnswerAction({ attemptId: view.attemptId, questionId, response });
        if (!result.ok) {
          setError(result.message);
          return false;
        }
        // Only clear the flag if nothing changed while the save was in flight.
        if (latest.current[questionId] === response) {
          setUnsaved((current) => {
            const next = new Set(current);
            next.delete(questionId);
            return next;
          });
        }
        setError(null);
        return true;
      } catch {
        offline.current = true;
        setError("Could not save your answer: check your connection. It is kept on this device and will be sent again.");
        return false;
      }
    },
    [view.attemptId],
  );

  // Restore answers that never reached the server (a reload during a lost connection), then resend them.
  useEffect(() => {
    const raw = localStorage.getItem(backupKey(view.attemptId));
    if (!raw) return;
    const pending = JSON.parse(raw) as Responses;
    const ids = Object.keys(pending).filter((id) => view.questions.some((q) => q.id === id));
    if (ids.length === 0) return;
    setResponses((current) => ({ ...current, ...Object.fromEntries(ids.map((id) => [id, pending[id] ?? null])) }));
    latest.current = { ...latest.current, ...Object.fromEntries(ids.map((id) => [id, pending[id] ?? null])) };
    setUnsaved(new Set(ids));
    for (const id of ids) void save(id);
  }, [view.attemptId, view.questions, save]);

  useEffect(() => {
    const pending = Object.fromEntries([...unsaved].map((id) => [id, responses[id] ?? null]));
    if (unsaved.size === 0) localStorage.removeItem(backupKey(view.attemptId));
    else localStorage.setItem(backupKey(view.attemptId), JSON.stringify(pending));
  }, [unsaved, responses, view.attemptId]);

  function change(questionId: string, response: QuestionResponse, saveNow: boolean) {
    latest.current = { ...latest.current, [questionId]: response };
    setResponses(latest.current);
    setUnsaved((current) => new Set(current).add(questionId));
    if (saveNow) void save(questionId);
  }

  const submit = useCallback(() => {
    startSubmit(async () => {
      const waitForConnection = () => {
        localStorage.setItem(submitKey(view.attemptId), "1");
        setSubmitWaiting(true);
        setError(null);
      };
      offline.current = false;
      const results = await Promise.all([...unsaved].map((id) => save(id)));
      if (results.some((ok) => !ok)) {
        if (offline.current) waitForConnection();
        return;
      }
      try {
        const result = await submitAttemptAction({ attemptId: view.attemptId });
        localStorage.removeItem(submitKey(view.attemptId));
        setSubmitWaiting(false);
        if (result && !result.ok) setError(result.message);
      } catch (caught) {
        // A successful submit redirects; anything else is a connection problem: it is sent when the connection returns.
        if (caught instanceof Error && caught.message.includes("NEXT_REDIRECT")) {
          localStorage.removeItem(submitKey(view.attemptId));
          throw caught;
        }
        waitForConnection();
      }
    });
  }, [unsaved, save, view.attemptId]);

  // Back online: answers kept on this device are sent, and a submit that waited goes through.
  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    const resume = () => {
      if (localStorage.getItem(submitKey(view.attemptId))) submitRef.current();
      else for (const id of Object.keys(JSON.parse(localStorage.getItem(backupKey(view.attemptId)) ?? "{}") as Responses)) void save(id);
    };
    if (localStorage.getItem(submitKey(view.attemptId))) {
      setSubmitWaiting(true);
      if (navigator.onLine) resume();
    }
    window.addEventListener("online", resume);
    return () => window.removeEventListener("online", resume);
  }, [view.attemptId, save]);

  const question = view.questions[index]!;
  const answered = view.questions.filter((q) => isAnswered(responses[q.id] ?? null)).length;

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.target instanceof HTMLElement && event.target.closest("input[type=text], textarea, select")) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const q = view.questions[index]!;
      const digit = Number(event.key);
      if (q.question.type === "multipleChoice" && digit >= 1 && digit <= q.question.options.length) {
        change(q.id, { type: "multipleChoice", choice: digit - 1 }, true);
      } else if (q.question.type === "trueFalse" && (digit === 1 || digit === 2)) {
        change(q.id, { type: "trueFalse", value: digit === 1 }, true);
      } else if (event.key === "ArrowRight" || event.key === "n") {
        setIndex((i) => Math.min(view.questions.length - 1, i + 1));
      } else if (event.key === "ArrowLeft" || event.key === "p") {
        setIndex((i) => Math.max(0, i - 1));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div className="study quiz">
      <div className="row spread">
        <p className="muted" aria-live="polite">
          Question {index + 1} of {view.questions.length} · {answered} answered
          {unsaved.size > 0 ? " · saving…" : " · all answers saved"}
        </p>
        {view.deadline ? <Countdown deadline={view.deadline} onExpire={submit} /> : null}
      </div>
      <ProgressBar done={answered} total={view.questions.length} />
      <section className="flashcard" aria-labelledby={`prompt-${question.id}`} data-testid="quiz-question" data-type={question.question.type}>
        <h2 id={`prompt-${question.id}`} className="flashcard-prompt">
          {question.question.prompt}
        </h2>
        <QuestionInput
          key={question.id}
          id={question.id}
          question={question.question}
          value={responses[question.id] ?? null}
          onChange={(response, saveNow) => change(question.id, response, saveNow)}
          onCommit={() => void save(question.id)}
        />
      </section>
      {submitWaiting ? (
        <p role="status" className="muted study-notice" data-testid="submit-waiting">
          No connection: your answers are kept on this device, and the quiz is submitted when the connection returns.
        </p>
      ) : null}
      <FormError message={error} />
      <nav className="row spread" aria-label="Questions">
        <button type="button" className="button button-quiet" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
          ← Previous
        </button>
        {index < view.questions.length - 1 ? (
          <button type="button" className="button" onClick={() => setIndex((i) => i + 1)}>
            Next →
          </button>
        ) : (
          <button type="button" className="button" onClick={submit} disabled={submitting}>
            {submitting ? "Submitting…" : "Submit quiz"}
          </button>
        )}
      </nav>
      <ol className="question-dots" aria-label="Jump to a question">
        {view.questions.map((q, i) => (
          <li key={q.id}>
            <button
              type="button"
              className={`dot${i === index ? " current" : ""}${isAnswered(responses[q.id] ?? null) ? " answered" : ""}`}
              aria-label={`Question ${i + 1}${isAnswered(responses[q.id] ?? null) ? ", answered" : ""}`}
              aria-current={i === index ? "step" : undefined}
              onClick={() => setIndex(i)}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <p className="muted small">
        <span className="key-hints">Keys: 1-4 choose, ← → move between questions. </span>Answers save as you go.
      </p>
    </div>
  );
}

function isAnswered(response: QuestionResponse | null): boolean {
  if (!response) return false;
  switch (response.type) {
    case "listRecall":
      return response.items.some((item) => item.trim());
    case "typed":
      return response.text.trim().length > 0;
    case "matching":
      return response.choices.some((choice) => choice >= 0);
    default:
      return true;
  }
}
