"use client";

import { useEffect, useRef } from "react";
import type { ReschedulePreview } from "@/core/scheduling";

/** The workload a settings change would cause, with the only two ways forward. */
export function WorkloadPreview({
  preview,
  summary,
  pending,
  onConfirm,
  onCancel,
}: {
  preview: ReschedulePreview;
  summary: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel stack" aria-labelledby="workload-heading" data-testid="workload-preview">
      <h2 id="workload-heading" ref={heading} tabIndex={-1}>
        Reschedule your cards?
      </h2>
      <p data-testid="workload-summary">{summary}</p>
      <table className="table">
        <caption className="visually-hidden">Workload now and after the change</caption>
        <thead>
          <tr>
            <th scope="col">Estimate</th>
            <th scope="col">Now</th>
            <th scope="col">After the change</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Cards due now</th>
            <td>{preview.before.dueNow}</td>
            <td>{preview.after.dueNow}</td>
          </tr>
          <tr>
            <th scope="row">Reviews in the next {preview.horizonDays} days</th>
            <td>{preview.before.reviewsInHorizon}</td>
            <td>{preview.after.reviewsInHorizon}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted small">
        {preview.changedCards === 1 ? "1 card gets" : `${preview.changedCards} cards get`} a new schedule, recomputed from
        each card&apos;s own review history. Review counts assume you answer Good every time. Your review history itself is
        never changed.
      </p>
      <div className="row">
        <button type="button" className="button" onClick={onConfirm} disabled={pending}>
          {pending ? "Rescheduling…" : "Apply and reschedule"}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </section>
  );
}
