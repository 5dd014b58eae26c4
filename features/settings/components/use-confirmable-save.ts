"use client";

import { useState, useTransition } from "react";
import type { SaveSettingsResult } from "../actions";

type Values = Record<string, unknown>;
type Save = (input: { values: Values; confirm: boolean }) => Promise<SaveSettingsResult>;

/**
 * Save in two steps when FSRS would reschedule cards: the first call answers with a workload
 * preview and saves nothing; `confirm` sends the same values again with confirm: true.
 */
export function useConfirmableSave(save: Save) {
  const [result, setResult] = useState<SaveSettingsResult | null>(null);
  const [awaiting, setAwaiting] = useState<Values | null>(null);
  const [pending, startTransition] = useTransition();

  function send(values: Values, confirm: boolean) {
    startTransition(async () => {
      try {
        const next = await save({ values, confirm });
        setResult(next);
        setAwaiting(next.status === "confirm" ? values : null);
      } catch {
        setResult({ status: "invalid", message: "Could not save: check your connection and try again. Nothing was changed." });
        setAwaiting(null);
      }
    });
  }

  return {
    result,
    pending,
    confirming: awaiting !== null,
    submit: (values: Values) => send(values, false),
    confirm: () => awaiting && send(awaiting, true),
    cancel: () => {
      setAwaiting(null);
      setResult(null);
    },
  };
}
