import { db, isUniqueViolation } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/errors";
import { hashPassword } from "./password";
import type { SignUpInput } from "./schema";

export async function createUser(input: SignUpInput): Promise<Result<{ id: string }, "emailTaken">> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: input.role, timeZone: input.timeZone },
      select: { id: true },
    });
    return ok(user);
  } catch (error) {
    if (isUniqueViolation(error)) {
      // Callers must not pass this on as is: it would tell anyone which e-mails have accounts.
      return fail("emailTaken", "An account with that e-mail already exists.");
    }
    throw error;
  }
}

/** Counts one sign-up from `address`, first dropping every count older than `pruneBefore`. */
export async function recordSignUpAttempt(address: string, now: Date, pruneBefore: Date): Promise<string> {
  await db.signUpAttempt.deleteMany({ where: { at: { lte: pruneBefore } } });
  const row = await db.signUpAttempt.create({ data: { address, at: now }, select: { id: true } });
  return row.id;
}

export async function deleteSignUpAttempt(id: string): Promise<void> {
  await db.signUpAttempt.deleteMany({ where: { id } });
}

/** Ends every session issued before now: the JWTs carry the old version and are refused. */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Ends every session issued with `version`; a token already stale ends nothing (it cannot sign a current session out). */
export async function endSessionIfCurrent(userId: string, version: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, sessionVersion: version }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Counts a sign-in try before its password is checked, so guesses sent in parallel see each other.
 * The row is kept if the password is wrong, and removed if the try is refused unchecked.
 */
export async function recordLoginAttempt(email: string, address: string, now: Date): Promise<string> {
  const row = await db.loginFailure.create({ data: { email, address, at: now }, select: { id: true } });
  return row.id;
}

export async function deleteLoginAttempt(id: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { id } });
}

/** A right password wipes this address's failures for the account; other addresses' stay counted. */
export async function clearLoginFailures(email: string, address: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { email, address } });
}

/** Failures older than the longest window no longer matter; the `at` index keeps this cheap. */
export async function pruneLoginFailures(before: Date): Promise<void> {
  await db.loginFailure.deleteMany({ where: { at: { lt: before } } });
}

/** The new hash and the session bump land together: every other session ends with the old password. */
export async function replacePassword(userId: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
}

/** Locks an account out (operator action): sign-in is refused and every session ends now. */
export async function setAccountDisabled(email: string, disabled: boolean, now: Date): Promise<boolean> {
  const updated = await db.user.updateMany({
    where: { email },
    data: { disabledAt: disabled ? now : null, sessionVersion: { increment: 1 } },
  });
  return updated.count > 0;
}
