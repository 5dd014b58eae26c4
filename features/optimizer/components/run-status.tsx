"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { OptimizerRunDTO } from "../data";
import styles from "./optimizer.module.css";

const POLL_MS = 1000;

export function isRunActive(run: OptimizerRunDTO | null): boolean {
  return run?.status === "queued" || run?.status === "running";
}

/**
 * The latest run as it goes: polls its progress while it is queued or running, then refreshes
 * the page's server data (the parameters in use) once it has finished.
 */
export function useLiveRun(initialRun: OptimizerRunDTO | null): OptimizerRunDTO | null {
  const router = useRouter();
  const [run, setRun] = useState(initialRun);
  useEffect(() => setRun(initialRun), [initialRun]);

  const runId = run?.id;
  const active = isRunActive(run);
  useEffect(() => {
    if (!runId || !active) return;
    let cancelled = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/optimizer/runs/${runId}`, { cache: "no-store" }).catch(() => null);
      if (cancelled || !response?.ok) return;
      const next = (await response.json()) as OptimizerRunDTO;
      if (cancelled) return;
      setRun(next);
      if (!isRunActive(next)) router.refresh();
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [runId, active, router]);
  return run;
}

export function RunStatus({ run }: { run: OptimizerRunDTO | null }) {
  if (!run) return null;
  if (isRunActive(run)) {
    const percent = Math.round(run.progress * 100);
    return (
      <div className="stack-tight" data-testid="optimizer-progress">
        <p aria-live="polite">{run.status === "queued" ? "Waiting to start…" : `Fitting your parameters… ${percent}%`}</p>
        <progress aria-label="Optimizer progress" max={100} value={run.status === "queued" ? undefined : percent} />
      </div>
    );
  }
  if (run.status === "failed") {
    return (
      <p role="alert" className="form-error" data-testid="optimizer-failed">
        {run.error ?? "The optimizer failed."}
      </p>
    );
  }
  return <RunResult run={run} />;
}

function RunResult({ run }: { run: OptimizerRunDTO }) {
  if (run.logLossBefore === null || run.logLossAfter === null) return null;
  const better = run.logLossAfter <= run.logLossBefore;
  const change = ((run.logLossAfter - run.logLossBefore) / run.logLossBefore) * 100;
  return (
    <div className="stack-tight" data-testid="optimizer-result">
      <h3 className={styles.heading}>Fit to your {run.reviewCount.toLocaleString("en-US")} reviews (log loss, lower is better)</h3>
      <dl className={styles.fit}>
        <div>
          <dt>Before: the parameters in use</dt>
          <dd data-testid="log-loss-before">{run.logLossBefore.toFixed(4)}</dd>
        </div>
        <div>
          <dt>After: fitted to you</dt>
          <dd data-testid="log-loss-after">{run.logLossAfter.toFixed(4)}</dd>
        </div>
      </dl>
      <p role="status">
        {better
          ? `The fitted parameters predict your reviews ${Math.abs(change).toFixed(1)}% better and are now in use; your cards were rescheduled from their history.`
          : "The fitted parameters predicted your reviews no better than the ones in use, so those were kept."}
      </p>
      {run.parameters ? (
        <details>
          <summary>Fitted parameters</summary>
          <p className="small muted">{run.parameters.map((value) => value.toFixed(4)).join(", ")}</p>
        </details>
      ) : null}
    </div>
  );
}
