import { beforeAll, describe, expect, it } from "vitest";
import { replayState, sameMemoryState, schedulerSettingsOf } from "@/core/scheduling";
import { DEFAULT_FSRS_PARAMETERS } from "@/core/scheduling/default-parameters";
import type { UserId } from "@/features/account/session";
import { getOptimizerRun } from "@/features/optimizer/data";
import { claimOptimizerRun, failStaleOptimizerRuns, queueOptimizerRun, resetFsrsParameters, STALE_RUN_MS } from "@/features/optimizer/mutations";
import { drainOptimizerQueue } from "@/features/optimizer/worker";
import { getSchedulingSettings } from "@/features/card-state/data";
import { historyFromRows, memoryFromRow } from "@/core/scheduling";
import { db } from "@/lib/db";
import { createTestUser } from "./fixtures";
import { seedSyntheticHistory } from "./support/synthetic-history";

/** Other test files' users may have left queued runs; these tests only look at their own. */
async function clearQueue(): Promise<void> {
  await db.optimizerRun.updateMany({ where: { status: { in: ["queued", "running"] } }, data: { status: "failed" } });
}

describe("optimizing a user's parameters", () => {
  let userId: UserId;
  let deckId: string;
  let cardIds: string[];
  beforeAll(async () => {
    await clearQueue();
    userId = await createTestUser("Optimizer Student");
    ({ deckId, cardIds } = await seedSyntheticHistory(userId, { seed: 2026, reviews: 10_000 }));
  });

  /** Every stored card state is what its own log replays to under the settings now in force. */
  async function expectStatesMatchTheirLogs(sample: string[]) {
    const settings = schedulerSettingsOf(await getSchedulingSettings(userId, deckId));
    for (const cardId of sample) {
      const [state, logs] = await Promise.all([
        db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } }),
        db.reviewLog.findMany({ where: { userId, cardId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }], select: { rating: true, reviewedAt: true, nextDue: true } }),
      ]);
      expect(sameMemoryState(memoryFromRow(state), replayState(historyFromRows(logs), settings))).toBe(true);
    }
  }

  it("fits parameters to a seeded history of 10k reviews, better than the defaults, and puts them in use", async () => {
    const queued = await queueOptimizerRun(userId, 10_000);
    expect(queued.status).toBe("queued");
    expect(await drainOptimizerQueue()).toBe(1);

    const run = await getOptimizerRun(userId, queued.runId);
    expect(run).toMatchObject({ status: "done", progress: 1, error: null, reviewCount: 10_000 });
    expect(run!.parameters).toHaveLength(DEFAULT_FSRS_PARAMETERS.length);
    expect(run!.parameters).not.toEqual([...DEFAULT_FSRS_PARAMETERS]);
    expect(run!.logLossAfter!).toBeLessThanOrEqual(run!.logLossBefore!);

    const settings = await db.userSettings.findUniqueOrThrow({ where: { userId } });
    expect(JSON.parse(settings.fsrsParameters!)).toEqual(run!.parameters);
    // New parameters reschedule every card from its history, keeping stored states true to their logs.
    await expectStatesMatchTheirLogs(cardIds.filter((_, index) => index % 50 === 0));
  });

  it("measures the next run against the fitted parameters, and a reset goes back to the defaults", async () => {
    const again = await queueOptimizerRun(userId, 10_000);
    await drainOptimizerQueue();
    const run = await getOptimizerRun(userId, again.runId);
    expect(run?.status).toBe("done");
    // Refitting the same history starts from parameters that already fit it.
    expect(Math.abs(run!.logLossAfter! - run!.logLossBefore!)).toBeLessThan(0.01);

    expect(await resetFsrsParameters(userId)).toBeGreaterThan(0);
    expect((await db.userSettings.findUniqueOrThrow({ where: { userId } })).fsrsParameters).toBeNull();
    await expectStatesMatchTheirLogs(cardIds.filter((_, index) => index % 50 === 7));
  });
});

describe("the run queue", () => {
  it("keeps one run per user at a time", async () => {
    await clearQueue();
    const userId = await createTestUser();
    const first = await queueOptimizerRun(userId, 500);
    const second = await queueOptimizerRun(userId, 500);
    expect(second).toEqual({ status: "busy", runId: first.runId });
  });

  it("lets exactly one of two racing workers claim a run", async () => {
    await clearQueue();
    const userId = await createTestUser();
    const { runId } = await queueOptimizerRun(userId, 500);
    const claims = await Promise.all([claimOptimizerRun(runId, new Date()), claimOptimizerRun(runId, new Date())]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("fails a run with too little history with a message, and writes no parameters", async () => {
    await clearQueue();
    const userId = await createTestUser();
    await seedSyntheticHistory(userId, { seed: 3, reviews: 30 });
    const { runId } = await queueOptimizerRun(userId, 30);
    await drainOptimizerQueue();
    const run = await getOptimizerRun(userId, runId);
    expect(run?.status).toBe("failed");
    expect(run?.error).toMatch(/span enough days|could not fit/);
    expect(await db.userSettings.findUnique({ where: { userId } })).toBeNull();
  });

  it("gives up on a run whose process died, so the user can start again", async () => {
    await clearQueue();
    const userId = await createTestUser();
    const { runId } = await queueOptimizerRun(userId, 500);
    const startedAt = new Date("2026-03-01T10:00:00Z");
    await claimOptimizerRun(runId, startedAt);
    expect(await failStaleOptimizerRuns(new Date(startedAt.getTime() + STALE_RUN_MS - 1000))).toBe(0);
    expect(await failStaleOptimizerRuns(new Date(startedAt.getTime() + STALE_RUN_MS + 1000))).toBe(1);
    expect((await getOptimizerRun(userId, runId))?.error).toMatch(/interrupted/);
    expect((await queueOptimizerRun(userId, 500)).status).toBe("queued");
  });
});
