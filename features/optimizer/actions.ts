"use server";

import { revalidatePath } from "next/cache";
import { explainTooFewReviews } from "@/core/optimizer/minimum";
import { getCurrentUser } from "@/features/account/session";
import { countAnswers } from "./data";
import { queueOptimizerRun, resetFsrsParameters } from "./mutations";
import { kickOptimizerWorker } from "./worker";

export type OptimizerActionState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | { status: "queued"; runId: string; message: string };

const SIGNED_OUT = "Your session has ended. Please sign in again.";

/** Queues "optimize my parameters" for the signed-in user; the worker fits them in the background. */
export async function startOptimizerAction(_previous: OptimizerActionState, _form: FormData): Promise<OptimizerActionState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SIGNED_OUT };
  const reviewCount = await countAnswers(user.id);
  const tooFew = explainTooFewReviews(reviewCount);
  if (tooFew) return { status: "error", message: tooFew };
  const queued = await queueOptimizerRun(user.id, reviewCount);
  kickOptimizerWorker();
  revalidatePath("/optimizer");
  return {
    status: "queued",
    runId: queued.runId,
    message: queued.status === "busy" ? "An optimization is already under way." : "Optimization started.",
  };
}

export type ResetActionState = { status: "idle" } | { status: "error" | "done"; message: string };

/** Back to FSRS's default parameters. */
export async function resetParametersAction(_previous: ResetActionState, _form: FormData): Promise<ResetActionState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SIGNED_OUT };
  const rescheduled = await resetFsrsParameters(user.id);
  revalidatePath("/optimizer");
  const cards = rescheduled === 1 ? "1 card was" : `${rescheduled.toLocaleString("en-US")} cards were`;
  return { status: "done", message: `Your parameters are back to FSRS's defaults; ${cards} rescheduled from their history.` };
}
