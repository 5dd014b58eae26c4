import "server-only";
import { db } from "@/lib/db";
import type { Role } from "./schema";

export interface SessionUserDTO {
  id: string;
  name: string;
  email: string;
  role: Role;
  timeZone: string;
  sessionVersion: number;
}

export function findSessionUser(userId: string): Promise<SessionUserDTO | null> {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, timeZone: true, sessionVersion: true },
  });
}

export function findCredentials(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true, sessionVersion: true },
  });
}
