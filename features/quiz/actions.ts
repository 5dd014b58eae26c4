"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { QUESTION_TYPES } from "@/core/quiz";
import { getCurrentUser } from "@/features/account/session";
import { authorizeDeckBySlug } from "@/features/deck/access";
import { authorizeAttempt, authorizeQuiz } from "./access";
import { createQuiz, reshuffleQuiz, saveAnswer, startOrResumeAttempt, submitAttempt } from "./mutations";
import { attemptRefSchema, createQuizSchema, quizRefSchema, saveAnswerSchema } from "./schema";

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
  const parsed = createQuizSchema.safeParse({
    deckSlug: formData.get("deckSlug"),
    types: practice ? [...QUESTION_TYPES] : formData.getAll("types"),
    count: practice ? 10 : formData.get("count"),
    timeLimitMinutes: practice ? "" : (formData.get("timeLimitMinutes") ?? ""),
    countAsReview: formData.get("countAsReview") === "on",
  });
  if (!parsed.success) return { message: "Please fix the fields below.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const deck = await authorizeDeckBySlug(user.id, parsed.data.deckSlug);
  if (!deck) return { message: "That deck does not exist or is not yours to quiz on." };
  const created = await createQuiz(user.id, deck.id, {
    title: practice ? `Practice quiz: ${deck.title}` : `Quiz: ${deck.title}`,
    types: parsed.data.types,
    count: parsed.data.count,
    timeLimitSeconds: parsed.data.timeLimitMinutes ? parsed.data.timeLimitMinutes * 60 : null,
    countAsReview: parsed.data.countAsReview,
  });
  if (!created.ok) return { message: created.message };
  const attempt = await startOrResumeAttempt(user.id, created.value.quizId, new Date());
  if (!attempt.ok) return { message: attempt.message };
  redirect(`/quizzes/${created.value.quizId}/attempts/${attempt.value}`);
}

/** Start a new attempt at the same quiz, or resume the one still open. */
export async function startAttemptAction(raw: unknown): Promise<{ ok: false; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGNED_OUT };
  const parsed = quizRefSchema.safeParse(raw);
  const quizId = parsed.success ? await authorizeQuiz(user.id, parsed.data.quizId) : null;
  if (!quizId) return { ok: false, message: "That quiz does not exist or is not yours." };
  const attempt = await startOrResumeAttempt(user.id, quizId, new Date());
  if (!attempt.ok) return { ok: false, message: attempt.message };
  redirect(`/quizzes/${quizId}/attempts/${attempt.value}`);
}

/** Same settings, a fresh draw of questions. */
export async function reshuffleQuizAction(raw: unknown): Promise<{ ok: false; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGNED_OUT };
  const parsed = quizRefSchema.safeParse(raw);
  const quizId = parsed.success ? await authorizeQuiz(user.id, parsed.data.quizId) : null;
  if (!quizId) return { ok: false, message: "That quiz does not exist or is not yours." };
  const created = await reshuffleQuiz(user.id, quizId);
  if (!created.ok) return { ok: false, message: created.message };
  const attempt = await startOrResumeAttempt(user.id, created.value.quizId, new Date());
  if (!attempt.ok) return { ok: false, message: attempt.message };
  redirect(`/quizzes/${created.value.quizId}/attempts/${attempt.value}`);
}

export type SaveAnswerResult = { ok: true; savedAt: string } | { ok: false; message: string };

export async function saveAnswerAction(raw: unknown): Promise<SaveAnswerResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGNED_OUT };
  const parsed = saveAnswerSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: z.prettifyError(parsed.error) };
  const attempt = await authorizeAttempt(user.id, parsed.data.attemptId);
  if (!attempt) return { ok: false, message: "That attempt does not exist or is not yours." };
  const saved = await saveAnswer(attempt.id, parsed.data.questionId, parsed.data.response, new Date());
  return saved.ok ? { ok: true, savedAt: saved.value.savedAt.toISOString() } : { ok: false, message: saved.message };
}

export async function submitAttemptAction(raw: unknown): Promise<{ ok: false; message: string }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGNED_OUT };
  const parsed = attemptRefSchema.safeParse(raw);
  const attempt = parsed.success ? await authorizeAttempt(user.id, parsed.data.attemptId) : null;
  if (!attempt) return { ok: false, message: "That attempt does not exist or is not yours." };
  await submitAttempt(user.id, user.timeZone, attempt.id, new Date());
  redirect(`/quizzes/${attempt.quizId}/attempts/${attempt.id}/results`);
}
