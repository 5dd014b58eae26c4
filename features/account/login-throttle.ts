import "server-only";
// next-auth re-exports this class from @auth/core; importing it from there keeps this module free of next/*.
import { CredentialsSignin } from "@auth/core/errors";
import { findCredentials, findLoginFailureTimes } from "./data";
import { clearLoginFailures, deleteLoginAttempt, pruneLoginFailures, recordLoginAttempt } from "./mutations";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { signInSchema } from "./schema";

/** Per account (normalised e-mail), whatever the IP: 5 failures in 15 minutes, and never over 100 in an hour. */
export const LOGIN_LIMITS = [
  { failures: 5, windowMs: 15 * 60_000 },
  { failures: 100, windowMs: 60 * 60_000 },
] as const;
const LONGEST_WINDOW_MS = Math.max(...LOGIN_LIMITS.map((limit) => limit.windowMs));
const MOST_FAILURES = Math.max(...LOGIN_LIMITS.map((limit) => limit.failures));

/**
 * Thrown from `authorize`: next-auth rethrows it to the sign-in action (which shows the wait) and
 * turns it into `?code=throttled` for a direct POST, which the auth route answers with 429.
 */
export class LoginThrottledError extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins; retry in ${retryAfterSeconds} s.`);
  }
}

/** Only thrown once the right password was given, so it reveals nothing to a guesser. */
export class AccountDisabledError extends CredentialsSignin {
  code = "disabled";
}

/**
 * Seconds until one more try is allowed, or null if it is allowed now. `failureTimes` are the
 * account's recent failures, newest first. A limit of N is hit while N failures lie inside its
 * window; it lifts when the N-th newest of them leaves the window.
 */
export function loginRetryAfterSeconds(failureTimes: readonly Date[], now: Date): number | null {
  let until = 0;
  for (const limit of LOGIN_LIMITS) {
    const nth = failureTimes[limit.failures - 1];
    if (!nth) continue;
    const liftsAt = nth.getTime() + limit.windowMs;
    if (liftsAt > now.getTime()) until = Math.max(until, liftsAt);
  }
  return until === 0 ? null : Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

/** The wait a new try would get now, without counting one (for the auth route's Retry-After). */
export async function peekLoginRetryAfter(email: string, now: Date): Promise<number | null> {
  const normalised = signInSchema.shape.email.safeParse(email);
  if (!normalised.success) return null;
  const since = new Date(now.getTime() - LONGEST_WINDOW_MS);
  return loginRetryAfterSeconds(await findLoginFailureTimes(normalised.data, since, null, MOST_FAILURES), now);
}

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  role: "student" | "instructor";
  sessionVersion: number;
}

/**
 * The Credentials check behind sign-in. Unknown e-mails are counted and timed like known ones
 * (a dummy argon2 verification), and a throttled try is refused before any password check.
 */
export async function authenticate(raw: unknown, now: Date): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const since = new Date(now.getTime() - LONGEST_WINDOW_MS);
  await pruneLoginFailures(since);
  const attemptId = await recordLoginAttempt(email, now);
  const wait = loginRetryAfterSeconds(await findLoginFailureTimes(email, since, attemptId, MOST_FAILURES), now);
  if (wait !== null) {
    await deleteLoginAttempt(attemptId);
    throw new LoginThrottledError(wait);
  }
  const user = await findCredentials(email);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid) return null;
  await clearLoginFailures(email);
  if (user.disabledAt) throw new AccountDisabledError();
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
