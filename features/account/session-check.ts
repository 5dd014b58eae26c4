import type { SessionUserDTO } from "./data";

/**
 * Whether a JWT's claims still stand for this user row: it must exist, not be disabled, and carry
 * the version the token was issued with (sign-out, a password change or disabling bump it).
 */
export function isSessionCurrent(user: Pick<SessionUserDTO, "sessionVersion" | "disabledAt"> | null, tokenVersion: number): boolean {
  return user !== null && user.disabledAt === null && user.sessionVersion === tokenVersion;
}
