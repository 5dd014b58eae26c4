"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-error";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType } from "@/core/quiz/types";
import { createQuizAction, type CreateQuizState } from "../actions";

export function QuizBuilder({ deckSlug, counts }: { deckSlug: string; counts: Record<QuestionType, number> }) {
  const [state, formAction, pending] = useActionState<CreateQuizState, FormData>(createQuizAction, {});
  const total = QUESTION_TYPES.reduce((sum, type) => sum + counts[type], 0);
  if (total === 0) return <p className="panel">This deck has no quiz questions yet.</p>;
  return (
    <div className="stack">
      <FormError message={state.message} />
      <form action={formAction} className="panel stack-tight">
        <input type="hidden" name="deckSlug" value={deckSlug} />
        <input type="hidden" name="practice" value="1" />
        <h2>Practice quiz</h2>
        <p className="muted">Ten questions of every type, no time limit.</p>
        <button type="submit" className="button" disabled={pending}>
          Start a practice quiz
        </button>
      </form>
      <form action={formAction} className="panel stack">
        <input type="hidden" name="deckSlug" value={deckSlug} />
        <h2>Custom quiz</h2>
        <fieldset className="field">
          <legend>Question types</legend>
          {QUESTION_TYPES.map((type) => (
            <label key={type} className="choice">
              <input type="checkbox" name="types" value={type} defaultChecked={counts[type] > 0} disabled={counts[type] === 0} />
              {QUESTION_TYPE_LABELS[type]} <span className="muted">({counts[type]} available)</span>
            </label>
          ))}
          {state.fieldErrors?.types ? <p className="field-error">{state.fieldErrors.types.join(" ")}</p> : null}
        </fieldset>
        <div className="field">
          <label htmlFor="count">Number of questions</label>
          <input id="count" name="count" type="number" min={1} max={50} defaultValue={Math.min(15, total)} aria-describedby="count-error" />
          {state.fieldErrors?.count ? (
            <p id="count-error" className="field-error">
              {state.fieldErrors.count.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="timeLimitMinutes">Time limit in minutes (optional)</label>
          <input id="timeLimitMinutes" name="timeLimitMinutes" type="number" min={1} max={180} />
          {state.fieldErrors?.timeLimitMinutes ? <p className="field-error">{state.fieldErrors.timeLimitMinutes.join(" ")}</p> : null}
        </div>
        <label className="choice">
          <input type="checkbox" name="countAsReview" /> Count my answers as reviews of the cards (correct → Good, wrong → Again; at most once per
          card per day)
        </label>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Drawing questions…" : "Start quiz"}
        </button>
      </form>
    </div>
  );
}
