import type { UserId } from "@/features/account/session";
import { findNextQueuedRun } from "./data";
import { claimOptimizerRun, failStaleOptimizerRuns } from "./mutations";
import { processOptimizerRun } from "./run";

/**
 * Runs queued optimizer runs off the request path. `instrumentation.ts` starts a poller in each
 * server process, so a run queued before a restart, or by another instance, is still picked up;
 * the action that queues a run also kicks the worker so it starts at once. Runs are claimed
 * with a conditional update, so two processes never run the same one.
 */

interface WorkerState {
  started: boolean;
  draining: boolean;
  /** A kick arrived while draining: look for queued runs once more before stopping. */
  again: boolean;
}

// Next bundles instrumentation and server actions separately: module state would be two copies.
const STATE_KEY = Symbol.for("kioku.optimizer-worker");
function workerState(): WorkerState {
  const holder = globalThis as unknown as Record<symbol, WorkerState | undefined>;
  return (holder[STATE_KEY] ??= { started: false, draining: false, again: false });
}

export const POLL_INTERVAL_MS = 2000;
/** Looking for runs lost with their process is a write; once a minute is plenty (they are 15 min old). */
const STALE_CHECK_EVERY_MS = 60_000;
let lastStaleCheck = Number.NEGATIVE_INFINITY;

/** Processes queued runs one after another until none is left; returns how many this process ran. */
export async function drainOptimizerQueue(clock: () => Date = () => new Date()): Promise<number> {
  let processed = 0;
  const now = clock();
  if (Math.abs(now.getTime() - lastStaleCheck) >= STALE_CHECK_EVERY_MS) {
    lastStaleCheck = now.getTime();
    await failStaleOptimizerRuns(now);
  }
  for (;;) {
    const next = await findNextQueuedRun();
    if (!next) return processed;
    if (!(await claimOptimizerRun(next.id, clock()))) continue;
    await processOptimizerRun(next.id, next.userId as UserId, clock);
    processed += 1;
  }
}

function drainInBackground(): void {
  const state = workerState();
  if (state.draining) {
    state.again = true;
    return;
  }
  state.draining = true;
  state.again = false;
  drainOptimizerQueue()
    .catch((error: unknown) => console.error("Optimizer worker:", error))
    .finally(() => {
      state.draining = false;
      if (state.again) setImmediate(drainInBackground);
    });
}

/** Looks for queued runs now, in the background. */
export function kickOptimizerWorker(): void {
  setImmediate(drainInBackground);
}

/** Polls for queued runs every couple of seconds for the life of the process; idempotent. */
export function startOptimizerWorker(pollMs = POLL_INTERVAL_MS): void {
  const state = workerState();
  if (state.started) return;
  state.started = true;
  setInterval(drainInBackground, pollMs).unref();
  kickOptimizerWorker();
}
