import "server-only";
import { db } from "@/lib/db";
import { findSessionUserRow } from "@/lib/hot-reads";
import type { Role } from "./schema";

export interface SessionUserDTO {
  id: string;
  name: string;
  email: string;
  role: Role;
  timeZone: string;
  sessionVersion: number;
  disabledAt: Date | null;
}

/** The user a session names, checked on every request (one prepared statement on SQLite). */
export function findSessionUser(userId: string): Promise<SessionUserDTO | null> {
  return findSessionUserRow(userId);
}

export function findCredentials(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
}

/** When recent failed (or still running) sign-ins for this e-mail and/or address happened, newest first. */
export async function findLoginFailureTimes(
  key: { email: string; address?: string } | { address: string },
  since: Date,
  excludeId: string | null,
  limit: number,
): Promise<Date[]> {
  const rows = await db.loginFailure.findMany({
    where: { ...key, at: { gt: since }, ...(excludeId ? { id: { not: excludeId } } : {}) },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true },
  });
  return rows.map((row) => row.at);
}

/** When this address's recent sign-ups happened, newest first, leaving out one in progress. */
export async function findSignUpTimes(address: string, since: Date, excludeId: string, limit: number): Promise<Date[]> {
  const rows = await db.signUpAttempt.findMany({
    where: { address, at: { gt: since }, id: { not: excludeId } },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true },
  });
  return rows.map((row) => row.at);
}

export function findPasswordHash(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, passwordHash: true } });
}
