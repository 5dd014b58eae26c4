"use client";

import type { SaveSettingsResult } from "../actions";
import { WorkloadPreview } from "./workload-preview";

/** What a settings save answered: the workload preview to confirm, a refusal, or done. */
export function SaveOutcome({
  result,
  pending,
  onConfirm,
  onCancel,
}: {
  result: SaveSettingsResult | null;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  if (result?.status === "confirm") {
    return <WorkloadPreview preview={result.preview} summary={result.summary} pending={pending} onConfirm={onConfirm} onCancel={onCancel} />;
  }
  if (result?.status === "invalid") {
    return (
      <p role="alert" className="form-error">
        {result.message}
      </p>
    );
  }
  if (result?.status === "saved") {
    return (
      <p role="status" className="panel" data-testid="settings-saved">
        {result.message}
      </p>
    );
  }
  return null;
}
