import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/features/account/session";
import { authorizeDeckBySlug } from "@/features/deck/access";
import { fail, ok, type Result } from "@/lib/errors";
import { authorizeAttempt, authorizeQuiz } from "./access";
import { createQuiz, reshuffleQuiz, saveAnswer, startOrResumeAttempt, submitAttempt } from "./mutations";
import { attemptRefSchema, createQuizSchema, quizRefSchema, saveAnswerSchema } from "./schema";

/**
 * The quiz actions' bodies with the signed-in user passed in. The "use server" wrappers in
 * actions.ts fetch the user and redirect to the returned attempt; tests drive these directly.
 */
type Actor = Pick<CurrentUser, "id" | "timeZone">;
type AttemptRef = { quizId: string; attemptId: string };

const NOT_YOUR_QUIZ = "That quiz does not exist or is not yours.";
const NOT_YOUR_ATTEMPT = "That attempt does not exist or is not yours.";

export async function createQuizOperation(user: Actor, raw: unknown, practice: boolean, now: Date): Promise<Result<AttemptRef, "invalid" | "notFound" | string>> {
  const parsed = createQuizSchema.safeParse(raw);
  if (!parsed.success) {
    return fail("invalid", "Please fix the fields below.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  }
  const deck = await authorizeDeckBySlug(user.id, parsed.data.deckSlug);
  if (!deck) return fail("notFound", "That deck does not exist or is not yours to quiz on.");
  const created = await createQuiz(user.id, deck.id, {
    title: practice ? `Practice quiz: ${deck.title}` : `Quiz: ${deck.title}`,
    types: parsed.data.types,
    count: parsed.data.count,
    timeLimitSeconds: parsed.data.timeLimitMinutes ? parsed.data.timeLimitMinutes * 60 : null,
    countAsReview: parsed.data.countAsReview,
  });
  if (!created.ok) return created;
  const attempt = await startOrResumeAttempt(user.id, created.value.quizId, now);
  if (!attempt.ok) return attempt;
  return ok({ quizId: created.value.quizId, attemptId: attempt.value });
}

export async function startAttemptOperation(user: Actor, raw: unknown, now: Date): Promise<Result<AttemptRef>> {
  const parsed = quizRefSchema.safeParse(raw);
  const quizId = parsed.success ? await authorizeQuiz(user.id, parsed.data.quizId) : null;
  if (!quizId) return fail("notFound", NOT_YOUR_QUIZ);
  const attempt = await startOrResumeAttempt(user.id, quizId, now);
  if (!attempt.ok) return attempt;
  return ok({ quizId, attemptId: attempt.value });
}

export async function reshuffleQuizOperation(user: Actor, raw: unknown, now: Date): Promise<Result<AttemptRef>> {
  const parsed = quizRefSchema.safeParse(raw);
  const quizId = parsed.success ? await authorizeQuiz(user.id, parsed.data.quizId) : null;
  if (!quizId) return fail("notFound", NOT_YOUR_QUIZ);
  const created = await reshuffleQuiz(user.id, quizId);
  if (!created.ok) return created;
  const attempt = await startOrResumeAttempt(user.id, created.value.quizId, now);
  if (!attempt.ok) return attempt;
  return ok({ quizId: created.value.quizId, attemptId: attempt.value });
}

export async function saveAnswerOperation(user: Actor, raw: unknown, now: Date): Promise<Result<{ savedAt: string }>> {
  const parsed = saveAnswerSchema.safeParse(raw);
  if (!parsed.success) return fail("invalid", z.prettifyError(parsed.error));
  const attempt = await authorizeAttempt(user.id, parsed.data.attemptId);
  if (!attempt) return fail("notFound", NOT_YOUR_ATTEMPT);
  const saved = await saveAnswer(attempt.id, parsed.data.questionId, parsed.data.response, now);
  return saved.ok ? ok({ savedAt: saved.value.savedAt.toISOString() }) : saved;
}

export async function submitAttemptOperation(user: Actor, raw: unknown, now: Date): Promise<Result<AttemptRef>> {
  const parsed = attemptRefSchema.safeParse(raw);
  const attempt = parsed.success ? await authorizeAttempt(user.id, parsed.data.attemptId) : null;
  if (!attempt) return fail("notFound", NOT_YOUR_ATTEMPT);
  await submitAttempt(user.id, user.timeZone, attempt.id, now);
  return ok({ quizId: attempt.quizId, attemptId: attempt.id });
}
