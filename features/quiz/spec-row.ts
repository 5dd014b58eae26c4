import type { QuestionResponse, QuestionSpec } from "@/core/quiz";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { questionResponseSchema, questionSpecSchema } from "./schema";

export function parseSpec(json: string, questionId: string): QuestionSpec {
  const parsed = questionSpecSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new AppError("invariant", `Quiz question ${questionId} is stored in an unknown shape.`);
  return parsed.data;
}

export function parseResponse(json: string): QuestionResponse | null {
  const parsed = questionResponseSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export function parsePositions(json: string): number[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [];
}

/**
 * Whether a quiz item belongs to an attempt: a question retired (its card edited or deleted)
 * before the attempt started is left out of it, so no new attempt asks about an old answer,
 * while attempts already under way or finished keep the questions they were shown.
 */
export function isAskedIn(question: { retiredAt: Date | null }, attemptStartedAt: Date): boolean {
  return question.retiredAt === null || question.retiredAt > attemptStartedAt;
}

/**
 * Attempts that use up one of an assignment's allowed attempts: those with an answer saved, or
 * submitted. Opening a quiz and leaving it costs nothing; the attempt counts at its first answer.
 */
export const COUNTED_ATTEMPT = { OR: [{ submittedAt: { not: null } }, { answers: { some: {} } }] } satisfies Prisma.QuizAttemptWhereInput;

/** Whether an attempt is still open: not submitted and its time limit (if any) not passed. */
export function isOpenAttempt(attempt: { submittedAt: Date | null; deadline: Date | null }, now: Date): boolean {
  return attempt.submittedAt === null && (attempt.deadline === null || attempt.deadline > now);
}
