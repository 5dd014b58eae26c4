"use server";

import { redirect } from "next/navigation";
import { QUESTION_TYPES } from "@/core/quiz";
import { getCurrentUser } from "@/features/account/session";
import { createQuizOperation, reshuffleQuizOperation, saveAnswerOperation, startAttemptOperation, submitAttemptOperation } from "./operations";

export interface CreateQuizState {
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

const SIGNED_OUT = "Your session has ended. Please sign in again.";

/** From the quiz form: draw a quiz of the chosen types and start it. */
export async function createQuizAction(_previous: CreateQuizState, formData: FormData): Promise<CreateQuizState> {
  const user = await getCurrentUser();
  if (!user) return { message: SIGNED_OUT };
  const practice = formData.get("practice") === "1";
  const raw = {
    deckSlug: formData.get("deckSlug"),
    types: practice ? [...QUESTION_TYPES] : formData.getAll("types"),
    count: practice ? 10 : formData.get("count"),
    timeLimitMinutes: practice ? "" : (formData.get("timeLimitMinutes") ?? ""),
    countAsReview: formData.get("countAsReview") === "on",
  };
  const created = await createQuizOperation(user, raw, practice, new Date());
  if (!created.ok) return { message: created.message, fieldErrors: created.fieldErrors };
  redirect(`/quizzes/${created.value.quizId}/attempts/${created.value.attemptId}`);
}

/** Start a new attempt at the same quiz, or resume the one still open. */
export async function startAttemptAction(raw: unknown): Promise<{ ok: false; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGNED_OUT };
  const started = await startAttemptOperation(user, raw, new Date());
  if (!started.ok) return { ok: false, message: started.message };
  redirect(`/quizzes/${started.value.quizId}/attempts/${started.value.attemptId}`);
}

/** Same settings, a fresh draw of questions. */
export async function reshuffleQuizAction(raw: unknown): Promise<{ ok: false; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGNED_OUT };
  const started = await reshuffleQuizOperation(user, raw, new Date());
  if (!started.ok) return { ok: false, message: started.message };
  redirect(`/quizzes/${started.value.quizId}/attempts/${started.value.attemptId}`);
}

export type SaveAnswerResult = { ok: true; savedAt: string } | { ok: false; message: string };

export async function saveAnswerAction(raw: unknown): Promise<SaveAnswerResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGNED_OUT };
  const saved = await saveAnswerOperation(user, raw, new Date());
  return saved.ok ? { ok: true, savedAt: saved.value.savedAt } : { ok: false, message: saved.message };
}

export async function submitAttemptAction(raw: unknown): Promise<{ ok: false; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGNED_OUT };
  const submitted = await submitAttemptOperation(user, raw, new Date());
  if (!submitted.ok) return { ok: false, message: submitted.message };
  redirect(`/quizzes/${submitted.value.quizId}/attempts/${submitted.value.attemptId}/results`);
}
