"use client";

import { useActionState, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { QuestionTypeChoices } from "@/components/ui/question-type-choices";
import { describeAvailability } from "@/core/quiz/availability";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType } from "@/core/quiz/types";
import { createQuizAction, type CreateQuizState } from "../actions";

const PRACTICE_COUNT = 10;

export function QuizBuilder({ deckSlug, counts }: { deckSlug: string; counts: Record<QuestionType, number> }) {
  const [state, formAction, pending] = useActionState<CreateQuizState, FormData>(createQuizAction, {});
  const total = QUESTION_TYPES.reduce((sum, type) => sum + counts[type], 0);
  const [chosen, setChosen] = useState<QuestionType[]>(() => QUESTION_TYPES.filter((type) => counts[type] > 0));
  const [asked, setAsked] = useState(() => String(Math.min(15, total)));
  if (total === 0) return <p className="panel">This deck has no quiz questions yet.</p>;
  const availableTypes = QUESTION_TYPES.filter((type) => counts[type] > 0);
  const practiceCount = Math.min(PRACTICE_COUNT, total);
  const shortfall = describeAvailability(counts, chosen, Number(asked));
  return (
    <div className="stack">
      <FormError message={state.message} />
      <form action={formAction} className="panel stack-tight">
        <input type="hidden" name="deckSlug" value={deckSlug} />
        <input type="hidden" name="practice" value="1" />
        <h2>Practice quiz</h2>
        <p className="muted">
          {practiceCount === PRACTICE_COUNT ? "Ten questions" : `${practiceCount} question${practiceCount === 1 ? "" : "s"} (all this deck has)`}, spread over{" "}
          {availableTypes.length === QUESTION_TYPES.length ? "every type" : availableTypes.map((type) => QUESTION_TYPE_LABELS[type].toLowerCase()).join(", ")}, no time
          limit.
        </p>
        <button type="submit" className="button" disabled={pending}>
          Start a practice quiz
        </button>
      </form>
      <form action={formAction} className="panel stack">
        <input type="hidden" name="deckSlug" value={deckSlug} />
        <h2>Custom quiz</h2>
        <QuestionTypeChoices counts={counts} chosen={chosen} onChosenChange={setChosen}>
          {state.fieldErrors?.types ? <p className="field-error">{state.fieldErrors.types.join(" ")}</p> : null}
        </QuestionTypeChoices>
        <div className="field">
          <label htmlFor="count">Number of questions</label>
          <input
            id="count"
            name="count"
            type="number"
            min={1}
            max={50}
            value={asked}
            onChange={(event) => setAsked(event.target.value)}
            aria-describedby="count-availability count-error"
          />
          <p id="count-availability" className={shortfall ? "hint availability-warning" : "hint"} role="status" data-testid="quiz-availability">
            {shortfall ?? `This deck has ${chosen.reduce((sum, type) => sum + counts[type], 0)} questions of the chosen types.`}
          </p>
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
