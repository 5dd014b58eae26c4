import type { UserId } from "@/features/account/session";
import { saveFsrsParameters, writeFsrsParameters } from "@/features/settings/mutations";
import { db } from "@/lib/db";

/** A run still "running" this long after it started was lost with its process (a restart, a crash). */
export const STALE_RUN_MS = 15 * 60_000;

export type QueueRunResult = { status: "queued"; runId: string } | { status: "busy"; runId: string };

/** Queues a run unless the user already has one queued or running: one at a time per user. */
export async function queueOptimizerRun(userId: UserId, reviewCount: number): Promise<QueueRunResult> {
  return db.$transaction(async (tx) => {
    const active = await tx.optimizerRun.findFirst({
      where: { userId, status: { in: ["queued", "running"] } },
      select: { id: true },
    });
    if (active) return { status: "busy", runId: active.id };
    const run = await tx.optimizerRun.create({ data: { userId, reviewCount }, select: { id: true } });
    return { status: "queued", runId: run.id };
  });
}

/**
 * Takes a queued run for this process. The update only matches while the run is still queued,
 * so when two instances race for it exactly one gets count 1.
 */
export async function claimOptimizerRun(runId: string, now: Date): Promise<boolean> {
  const claimed = await db.optimizerRun.updateMany({
    where: { id: runId, status: "queued" },
    data: { status: "running", startedAt: now, progress: 0 },
  });
  return claimed.count === 1;
}

export async function reportOptimizerProgress(runId: string, progress: number): Promise<void> {
  await db.optimizerRun.updateMany({ where: { id: runId, status: "running" }, data: { progress: Math.min(1, Math.max(0, progress)) } });
}

export interface FinishedRun {
  reviewCount: number;
  logLossBefore: number;
  logLossAfter: number;
  parameters: number[];
  /** False when the fit was no better than the parameters in use: those stay. */
  apply: boolean;
}

/** Replaying every card of a long history under new parameters takes a while; Prisma's default is 5 s. */
const APPLY_TIMEOUT_MS = 120_000;

/**
 * Records the result and, when it is an improvement, puts the parameters in use, in one
 * transaction. They go through the settings' writeFsrsParameters, which reschedules every card
 * from its log under them, so stored states keep matching their logs.
 */
export async function finishOptimizerRun(runId: string, userId: UserId, result: FinishedRun, now: Date): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.optimizerRun.update({
        where: { id: runId },
        data: {
          status: "done",
          progress: 1,
          reviewCount: result.reviewCount,
          logLossBefore: result.logLossBefore,
          logLossAfter: result.logLossAfter,
          parameters: JSON.stringify(result.parameters),
          finishedAt: now,
        },
      });
      if (result.apply) await writeFsrsParameters(tx, userId, result.parameters);
    },
    { timeout: APPLY_TIMEOUT_MS },
  );
}

export async function failOptimizerRun(runId: string, message: string, now: Date): Promise<void> {
  await db.optimizerRun.updateMany({
    where: { id: runId, status: { in: ["queued", "running"] } },
    data: { status: "failed", error: message.slice(0, 1000), finishedAt: now },
  });
}

/** Marks runs whose process died as failed, so their users can start again. */
export async function failStaleOptimizerRuns(now: Date): Promise<number> {
  const stale = await db.optimizerRun.updateMany({
    where: { status: "running", startedAt: { lt: new Date(now.getTime() - STALE_RUN_MS) } },
    data: { status: "failed", error: "The optimizer was interrupted (the server restarted). Please start it again.", finishedAt: now },
  });
  return stale.count;
}

/** Back to FSRS's default parameters, rescheduling every card under them; returns how many changed. */
export async function resetFsrsParameters(userId: UserId): Promise<number> {
  return (await saveFsrsParameters(userId, null)).rescheduled;
}
