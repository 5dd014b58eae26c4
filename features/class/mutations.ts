import { randomBytes } from "node:crypto";
import { makeJoinCode } from "@/core/classes/join-code";
import { db, isUniqueViolation } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/errors";
import type { UserId } from "@/features/account/session";
import type { AssignableDeckId } from "@/features/deck/access";
import { createQuiz } from "@/features/quiz/mutations";
import type { QuestionType } from "@/core/quiz/types";
import type { InstructedClassId } from "./access";

/** Join-code guesses allowed per user per hour before joining is refused for a while. */
export const JOIN_FAILURES_PER_HOUR = 10;

async function withFreshJoinCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  // A collision of two 48-bit codes is vanishingly rare; retry rather than fail if it happens.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await write(makeJoinCode(randomBytes));
    } catch (error) {
      const collision = isUniqueViolation(error);
      if (!collision || attempt >= 3) throw error;
    }
  }
}

export function createClass(instructorId: UserId, name: string) {
  return withFreshJoinCode((joinCode) => db.class.create({ data: { instructorId, name, joinCode }, select: { id: true } }));
}

export async function renameClass(classId: InstructedClassId, name: string): Promise<void> {
  await db.class.update({ where: { id: classId }, data: { name } });
}

export async function setArchived(classId: InstructedClassId, archived: boolean, now: Date): Promise<void> {
  await db.class.update({ where: { id: classId }, data: { archivedAt: archived ? now : null } });
}

/** A new code; the old code and invite link stop working at once. */
export function regenerateJoinCode(classId: InstructedClassId) {
  return withFreshJoinCode((joinCode) => db.class.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }));
}

export async function removeStudent(classId: InstructedClassId, userId: string): Promise<boolean> {
  const removed = await db.enrollment.deleteMany({ where: { classId, userId } });
  return removed.count > 0;
}

export type JoinFailure = "throttled" | "unknownCode" | "instructor";

/**
 * Enrols the user in the class with this code. Every try is recorded; after too many failures in
 * an hour the user must wait, whichever instance they reach, since the count lives in the database.
 */
export async function joinClassByCode(userId: UserId, code: string, now: Date): Promise<Result<{ classId: string; name: string }, JoinFailure>> {
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const failures = await db.joinAttempt.count({ where: { userId, succeeded: false, at: { gt: hourAgo } } });
  if (failures >= JOIN_FAILURES_PER_HOUR) {
    return fail("throttled", "Too many wrong codes. Wait an hour, then try again, or ask your instructor for the invite link.");
  }
  const found = await db.class.findFirst({ where: { joinCode: code, archivedAt: null }, select: { id: true, name: true, instructorId: true } });
  await db.joinAttempt.create({ data: { userId, succeeded: found !== null, at: now } });
  if (!found) return fail("unknownCode", "No class has that code. Check it with your instructor; codes look like ABCDE-FGH23.");
  if (found.instructorId === userId) return fail("instructor", "You teach this class; instructors do not join their own classes.");
  await db.enrollment.upsert({
    where: { classId_userId: { classId: found.id, userId } },
    create: { classId: found.id, userId, joinedAt: now },
    update: {},
  });
  return ok({ classId: found.id, name: found.name });
}

export async function assignDeck(classId: InstructedClassId, deckId: AssignableDeckId, title: string, dueAt: Date, targetRecall: number) {
  return db.assignment.create({ data: { classId, kind: "deck", deckId, title, dueAt, targetRecall }, select: { id: true } });
}

export interface QuizAssignmentInput {
  title: string;
  dueAt: Date;
  types: QuestionType[];
  count: number;
  attemptsAllowed: number | null;
  timeLimitSeconds: number | null;
}

/** Draws the class's quiz and assigns it in one transaction: never a quiz without its assignment. */
export async function assignQuiz(instructorId: UserId, classId: InstructedClassId, deckId: AssignableDeckId, input: QuizAssignmentInput) {
  return db.$transaction(async (tx) => {
    const quiz = await createQuiz(
      instructorId,
      deckId,
      { title: input.title, types: input.types, count: input.count, timeLimitSeconds: input.timeLimitSeconds, countAsReview: false },
      tx,
    );
    if (!quiz.ok) return quiz;
    const assignment = await tx.assignment.create({
      data: { classId, kind: "quiz", deckId, quizId: quiz.value.quizId, title: input.title, dueAt: input.dueAt, attemptsAllowed: input.attemptsAllowed },
      select: { id: true },
    });
    return ok({ id: assignment.id, questionCount: quiz.value.questionCount });
  });
}

/** Changes an assignment's due date and its deck target or quiz attempts; false when it is not this class's. */
export async function updateAssignment(
  classId: InstructedClassId,
  assignmentId: string,
  fields: { dueAt: Date; targetRecall?: number; attemptsAllowed?: number | null },
): Promise<boolean> {
  const found = await db.assignment.findFirst({ where: { id: assignmentId, classId }, select: { kind: true } });
  if (!found) return false;
  const data =
    found.kind === "deck"
      ? { dueAt: fields.dueAt, ...(fields.targetRecall !== undefined ? { targetRecall: fields.targetRecall } : {}) }
      : { dueAt: fields.dueAt, ...(fields.attemptsAllowed !== undefined ? { attemptsAllowed: fields.attemptsAllowed } : {}) };
  const updated = await db.assignment.updateMany({ where: { id: assignmentId, classId }, data });
  return updated.count === 1;
}

export async function deleteAssignment(classId: InstructedClassId, assignmentId: string): Promise<boolean> {
  const removed = await db.assignment.deleteMany({ where: { id: assignmentId, classId } });
  return removed.count > 0;
}
