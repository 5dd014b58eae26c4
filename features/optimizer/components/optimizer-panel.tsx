"use client";

import { useActionState } from "react";
import { resetParametersAction, startOptimizerAction, type OptimizerActionState, type ResetActionState } from "../actions";
import type { OptimizerViewDTO } from "../data";
import { isRunActive, RunStatus, useLiveRun } from "./run-status";

interface OptimizerPanelProps {
  view: OptimizerViewDTO;
  /** Why the optimizer cannot run yet, or null when it can. */
  tooFew: string | null;
}

export function OptimizerPanel({ view, tooFew }: OptimizerPanelProps) {
  const [startState, start, starting] = useActionState<OptimizerActionState, FormData>(startOptimizerAction, { status: "idle" });
  const [resetState, reset, resetting] = useActionState<ResetActionState, FormData>(resetParametersAction, { status: "idle" });
  const run = useLiveRun(view.latestRun);
  const busy = isRunActive(run);

  return (
    <div className="stack">
      <section className="panel stack" aria-labelledby="in-use-heading">
        <h2 id="in-use-heading">Parameters in use</h2>
        <p data-testid="parameters-in-use">
          {view.currentParameters ? "Fitted to your own reviews." : "FSRS's defaults, fitted to millions of other learners' reviews."}
        </p>
        {view.currentParameters ? (
          <form action={reset}>
            <button type="submit" className="button button-quiet" disabled={resetting}>
              Reset to defaults
            </button>
          </form>
        ) : null}
        {resetState.status !== "idle" ? (
          <p role="status" className={resetState.status === "error" ? "form-error" : "muted"}>
            {resetState.message}
          </p>
        ) : null}
      </section>

      <section className="panel stack" aria-labelledby="optimize-heading">
        <h2 id="optimize-heading">Optimize my parameters</h2>
        <p className="muted">
          FSRS predicts when you will forget a card from 21 parameters. Fitting them to your own{" "}
          {view.reviewCount.toLocaleString("en-US")} reviews makes its predictions, and so your schedule, match how you remember.
        </p>
        {tooFew ? (
          <p role="status" data-testid="optimizer-too-few">
            {tooFew}
          </p>
        ) : (
          <form action={start}>
            <button type="submit" className="button" disabled={starting || busy}>
              {busy ? "Optimizing…" : "Optimize my parameters"}
            </button>
          </form>
        )}
        {startState.status === "error" ? (
          <p role="alert" className="form-error">
            {startState.message}
          </p>
        ) : null}
        <RunStatus run={run} />
      </section>
    </div>
  );
}
