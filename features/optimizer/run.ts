import { REVIEW_STATE_CODES } from "@/core/optimizer/revlog-csv";
import { DEFAULT_FSRS_PARAMETERS } from "@/core/scheduling/default-parameters";
import { checkFsrsParameters } from "@/core/scheduling/scheduler";
import { createDayIndexer } from "@/core/statistics/day-index";
import type { UserId } from "@/features/account/session";
import { getOptimizerInputs, readTrainingLog } from "./data";
import { buildOptimizerItems, describeOptimizerError, fitParameters, measureLogLoss } from "./engine";
import { failOptimizerRun, finishOptimizerRun, reportOptimizerProgress } from "./mutations";

/** Progress writes are throttled: the page polls about once a second anyway. */
const PROGRESS_EVERY_MS = 300;

/**
 * Processes one claimed run: read the user's log, build items, measure the parameters in use,
 * fit, measure the fit, and store it (in use only if it predicts the history at least as well).
 * Every failure ends the run as failed with a message for the user; nothing is half-written.
 */
export async function processOptimizerRun(runId: string, userId: UserId, clock: () => Date = () => new Date()): Promise<void> {
  let lastReport = 0;
  const report = (progress: number, force = false) => {
    const nowMs = Date.now();
    if (!force && nowMs - lastReport < PROGRESS_EVERY_MS) return;
    lastReport = nowMs;
    void reportOptimizerProgress(runId, progress).catch(() => undefined);
  };
  try {
    const inputs = await getOptimizerInputs(userId);
    const log = await readTrainingLog(userId);
    report(0.1, true);
    const days = createDayIndexer(inputs.timeZone, inputs.dayStartHour);
    const rows = log.map((row) => ({
      cardId: row.cardId,
      reviewedAt: row.reviewedAt.getTime(),
      rating: row.rating,
      state: REVIEW_STATE_CODES[row.phase],
    }));
    const { items, reviewCount } = await buildOptimizerItems(rows, days.dayOf);
    report(0.2, true);
    if (items.length === 0) throw new Error("NotEnoughData");

    const current = inputs.currentParameters ?? DEFAULT_FSRS_PARAMETERS;
    const logLossBefore = measureLogLoss(items, current);
    const fitted = checkFsrsParameters(await fitParameters(items, (fraction) => report(0.2 + 0.75 * fraction)));
    if (!fitted) throw new Error("the fitted parameters are out of range");
    const logLossAfter = measureLogLoss(items, fitted);
    await finishOptimizerRun(runId, userId, { reviewCount, logLossBefore, logLossAfter, parameters: fitted, apply: logLossAfter <= logLossBefore }, clock());
  } catch (error) {
    await failOptimizerRun(runId, describeOptimizerError(error), clock());
  }
}
