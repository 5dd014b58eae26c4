"use client";

import { useActionState } from "react";
import type { RegenerationDiff } from "@/core/deck/regeneration-diff";
import { FormError } from "@/components/ui/form-error";
import { applyRegenerationAction, type RegenerationFormState } from "../actions";

function Row({ name, children, defaultChecked = true }: { name: string; children: React.ReactNode; defaultChecked?: boolean }) {
  return (
    <li className="card-item">
      <label className="choice regen-row">
        <input type="checkbox" name="keys" value={name} defaultChecked={defaultChecked} />
        <span className="stack-tight">{children}</span>
      </label>
    </li>
  );
}

/** The diff of "Regenerate from the article": every row ticked to apply or left to keep the deck as it is. */
export function RegenerationForm({ deckSlug, diff }: { deckSlug: string; diff: RegenerationDiff }) {
  const [state, formAction, pending] = useActionState<RegenerationFormState, FormData>(applyRegenerationAction, {});
  const nothing = diff.added.length + diff.changed.length + diff.gone.length === 0;
  if (nothing) return <p className="panel" data-testid="regen-nothing">The generator makes the same cards as the deck has: nothing to apply.</p>;
  return (
    <form action={formAction} className="stack">
      <input type="hidden" name="deckSlug" value={deckSlug} />
      <FormError message={state.ok === false ? state.message : undefined} />
      {state.ok ? <p role="status">{state.message}</p> : null}
      {diff.added.length > 0 ? (
        <section className="stack-tight" aria-labelledby="regen-new">
          <h2 id="regen-new">New ({diff.added.length})</h2>
          <ul className="card-list" data-testid="regen-new">
            {diff.added.map((card) => (
              <Row key={card.key} name={`new:${card.key}`}>
                <span className="prompt">{card.prompt}</span>
                <span className="answer">{card.answer}</span>
              </Row>
            ))}
          </ul>
        </section>
      ) : null}
      {diff.changed.length > 0 ? (
        <section className="stack-tight" aria-labelledby="regen-changed">
          <h2 id="regen-changed">Changed ({diff.changed.length})</h2>
          <p className="hint">Learners keep their history of a changed card; its quiz questions are replaced.</p>
          <ul className="card-list" data-testid="regen-changed">
            {diff.changed.map((card) => (
              <Row key={card.key} name={`changed:${card.key}`}>
                <span>
                  <del>{card.before.prompt}</del> → <span className="prompt">{card.after.prompt}</span>
                </span>
                <span>
                  <del>{card.before.answer}</del> → <span className="answer">{card.after.answer}</span>
                </span>
              </Row>
            ))}
          </ul>
        </section>
      ) : null}
      {diff.gone.length > 0 ? (
        <section className="stack-tight" aria-labelledby="regen-gone">
          <h2 id="regen-gone">Gone ({diff.gone.length})</h2>
          <p className="hint">Ticked, these cards are deleted: out of study and quizzes, their review history kept.</p>
          <ul className="card-list" data-testid="regen-gone">
            {diff.gone.map((card) => (
              <Row key={card.key} name={`gone:${card.key}`}>
                <span className="prompt">{card.prompt}</span>
                <span className="answer">{card.answer}</span>
              </Row>
            ))}
          </ul>
        </section>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        Apply the ticked changes
      </button>
    </form>
  );
}
