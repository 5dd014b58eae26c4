import "server-only";
import { db } from "@/lib/db";
import type { UserId } from "@/features/account/session";

declare const instructedClassBrand: unique symbol;
/** A class the current user teaches. */
export type InstructedClassId = string & { readonly [instructedClassBrand]: true };
declare const memberClassBrand: unique symbol;
/** A class the current user is enrolled in as a student. */
export type MemberClassId = string & { readonly [memberClassBrand]: true };

/**
 * Class ids are cuids. Anything else is no class, answered without a query: route params arrive
 * raw, and PostgreSQL refuses text with a NUL character outright (a 500 instead of a 404).
 */
const CLASS_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function requireInstructorOf(userId: UserId, classId: string): Promise<InstructedClassId | null> {
  if (!CLASS_ID.test(classId)) return null;
  const found = await db.class.findFirst({ where: { id: classId, instructorId: userId }, select: { id: true } });
  return found ? (found.id as InstructedClassId) : null;
}

export async function requireMemberOf(userId: UserId, classId: string): Promise<MemberClassId | null> {
  if (!CLASS_ID.test(classId)) return null;
  const found = await db.enrollment.findUnique({ where: { classId_userId: { classId, userId } }, select: { classId: true } });
  return found ? (found.classId as MemberClassId) : null;
}

