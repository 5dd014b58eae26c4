/** Codes for failures that should never happen in normal use; they land in error.tsx. */
export type AppErrorCode = "unauthenticated" | "forbidden" | "notFound" | "conflict" | "invariant";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Expected failures are values, not exceptions. */
export type Result<T, Reason extends string = string> =
  | { ok: true; value: T }
  | { ok: false; reason: Reason; message: string; fieldErrors?: Record<string, string[]> };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<Reason extends string>(
  reason: Reason,
  message: string,
  fieldErrors?: Record<string, string[]>,
): { ok: false; reason: Reason; message: string; fieldErrors?: Record<string, string[]> } {
  return fieldErrors ? { ok: false, reason, message, fieldErrors } : { ok: false, reason, message };
}

/** Thrown inside a store's transaction when a card's state moved underneath it: the transaction rolls back. */
export class StaleStateError extends Error {
  constructor() {
    super("The card's state changed during the transaction.");
    this.name = "StaleStateError";
  }
}
