import "server-only";
import { z } from "zod";
import { isWellFormedJoinCode, normalizeJoinCode } from "@/core/classes/join-code";
import { fail, ok, type Result } from "@/lib/errors";
import type { CurrentUser } from "@/features/account/session";
import { authorizeAssignableDeckBySlug } from "@/features/deck/access";
import { requireInstructorOf } from "./access";
import * as mutations from "./mutations";
import {
  assignDeckSchema,
  assignQuizSchema,
  assignmentRefSchema,
  classRefSchema,
  createClassSchema,
  editAssignmentSchema,
  joinClassSchema,
  removeStudentSchema,
  renameClassSchema,
} from "./schema";

/**
 * The class actions' bodies, with the signed-in user passed in: validate, authorize, write. The
 * "use server" wrappers in actions.ts only fetch the user; tests drive these with every role.
 */
type Denied = "forbidden" | "notFound" | "invalid";
type Outcome<T = null, Extra extends string = never> = Result<T, Denied | Extra>;
type Actor = Pick<CurrentUser, "id" | "role">;

function invalid(error: z.ZodError): { ok: false; reason: "invalid"; message: string; fieldErrors: Record<string, string[]> } {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
  return { ok: false, reason: "invalid", message: Object.values(fieldErrors).flat()[0] ?? "Please check the form.", fieldErrors };
}

const NOT_YOURS = "That class does not exist or is not yours.";

export async function createClassOperation(user: Actor, raw: unknown): Promise<Outcome<{ id: string }>> {
  if (user.role !== "instructor") return fail("forbidden", "Only instructors can create classes.");
  const parsed = createClassSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return ok(await mutations.createClass(user.id, parsed.data.name));
}

export async function renameClassOperation(user: Actor, raw: unknown): Promise<Outcome> {
  const parsed = renameClassSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const classId = await requireInstructorOf(user.id, parsed.data.classId);
  if (!classId) return fail("notFound", NOT_YOURS);
  await mutations.renameClass(classId, parsed.data.name);
  return ok(null);
}

export async function setArchivedOperation(user: Actor, raw: unknown, archived: boolean, now: Date): Promise<Outcome> {
  const parsed = classRefSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const classId = await requireInstructorOf(user.id, parsed.data.classId);
  if (!classId) return fail("notFound", NOT_YOURS);
  await mutations.setArchived(classId, archived, now);
  return ok(null);
}

export async function regenerateJoinCodeOperation(user: Actor, raw: unknown): Promise<Outcome<{ joinCode: string }>> {
  const parsed = classRefSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const classId = await requireInstructorOf(user.id, parsed.data.classId);
  if (!classId) return fail("notFound", NOT_YOURS);
  return ok(await mutations.regenerateJoinCode(classId));
}

export async function removeStudentOperation(user: Actor, raw: unknown): Promise<Outcome> {
  const parsed = removeStudentSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const classId = await requireInstructorOf(user.id, parsed.data.classId);
  if (!classId) return fail("notFound", NOT_YOURS);
  if (!(await mutations.removeStudent(classId, parsed.data.userId))) return fail("notFound", "That student is not in this class.");
  return ok(null);
}

export async function assignDeckOperation(user: Actor, raw: unknown): Promise<Outcome<{ id: string }>> {
  const parsed = assignDeckSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const classId = await requireInstructorOf(user.id, parsed.data.classId);
  if (!classId) return fail("notFound", NOT_YOURS);
  const deck = await authorizeAssignableDeckBySlug(user.id, parsed.data.deckSlug);
  if (!deck) return fail("notFound", "That deck does not exist or is not yours to assign.");
  return ok(await mutations.assignDeck(classId, deck.id, `Study: ${deck.title}`, parsed.data.dueAt, parsed.data.targetRecallPercent / 100));
}

export async function assignQuizOperation(user: Actor, raw: unknown): Promise<Outcome<{ id: string; questionCount: number }, "noQuestions">> {
  const parsed = assignQuizSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const classId = await requireInstructorOf(user.id, parsed.data.classId);
  if (!classId) return fail("notFound", NOT_YOURS);
  const deck = await authorizeAssignableDeckBySlug(user.id, parsed.data.deckSlug);
  if (!deck) return fail("notFound", "That deck does not exist or is not yours to assign.");
  return mutations.assignQuiz(user.id, classId, deck.id, {
    title: `Quiz: ${deck.title}`,
    dueAt: parsed.data.dueAt,
    types: parsed.data.types,
    count: parsed.data.count,
    attemptsAllowed: parsed.data.attemptsAllowed,
    timeLimitSeconds: parsed.data.timeLimitMinutes ? parsed.data.timeLimitMinutes * 60 : null,
  });
}

export async function editAssignmentOperation(user: Actor, raw: unknown): Promise<Outcome> {
  const parsed = editAssignmentSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const classId = await requireInstructorOf(user.id, parsed.data.classId);
  if (!classId) return fail("notFound", NOT_YOURS);
  const { dueAt, targetRecallPercent, attemptsAllowed } = parsed.data;
  const updated = await mutations.updateAssignment(classId, parsed.data.assignmentId, {
    dueAt,
    ...(targetRecallPercent !== undefined ? { targetRecall: targetRecallPercent / 100 } : {}),
    ...(attemptsAllowed !== undefined ? { attemptsAllowed } : {}),
  });
  return updated ? ok(null) : fail("notFound", "That assignment does not exist.");
}

export async function deleteAssignmentOperation(user: Actor, raw: unknown): Promise<Outcome> {
  const parsed = assignmentRefSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const classId = await requireInstructorOf(user.id, parsed.data.classId);
  if (!classId) return fail("notFound", NOT_YOURS);
  if (!(await mutations.deleteAssignment(classId, parsed.data.assignmentId))) return fail("notFound", "That assignment does not exist.");
  return ok(null);
}

export async function joinClassOperation(user: Actor, raw: unknown, now: Date): Promise<Outcome<{ classId: string; name: string }, mutations.JoinFailure>> {
  const parsed = joinClassSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const code = normalizeJoinCode(parsed.data.code);
  // A malformed code still counts as a try, so guessing cannot skip the throttle by sending junk.
  // The junk itself never reaches the database: PostgreSQL refuses text with NUL characters.
  return mutations.joinClassByCode(user.id, isWellFormedJoinCode(code) ? code : "invalid", now);
}
