import "server-only";
// next-auth re-exports this class from @auth/core; importing it from there keeps this module free of next/*.
import { CredentialsSignin } from "@auth/core/errors";
import { findCredentials, findLoginFailureTimes } from "./data";
import { clearLoginFailures, deleteLoginAttempt, pruneLoginFailures, recordLoginAttempt } from "./mutations";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { signInSchema } from "./schema";
import { decideLogin, LONGEST_WINDOW_MS, MOST_FAILURES, SLOW_PATH_DELAY_MS, type LoginFailureTimes } from "@/core/throttle/login";

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

/** The failures the rule in core/throttle/login.ts weighs, before `now`, leaving out one try in progress. */
async function failureTimes(email: string, address: string, now: Date, excludeId: string | null): Promise<LoginFailureTimes> {
  const since = new Date(now.getTime() - LONGEST_WINDOW_MS);
  const [pair, byAddress, byEmail] = await Promise.all([
    findLoginFailureTimes({ email, address }, since, excludeId, MOST_FAILURES),
    // An unknown address is no signal: it is not counted across e-mails.
    address === "" ? Promise.resolve([]) : findLoginFailureTimes({ address }, since, excludeId, MOST_FAILURES),
    findLoginFailureTimes({ email }, since, excludeId, MOST_FAILURES),
  ]);
  return { pair, address: byAddress, email: byEmail };
}

/** The wait a new try from `address` would get now, without counting one (for Retry-After). */
export async function peekLoginRetryAfter(email: string, address: string, now: Date): Promise<number | null> {
  const normalised = signInSchema.shape.email.safeParse(email);
  if (!normalised.success) return null;
  const decision = decideLogin(await failureTimes(normalised.data, address, now, null), now);
  return decision.kind === "wall" ? decision.retryAfterSeconds : null;
}

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  role: "student" | "instructor";
  sessionVersion: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The Credentials check behind sign-in, for a try from client `address` ("" if unknown).
 * Unknown e-mails are counted and timed like known ones (a dummy argon2 verification); a walled
 * try is refused before any password check, a slow one waits first (core/throttle/login.ts).
 */
export async function authenticate(raw: unknown, now: Date, address: string, options: { wait?: (ms: number) => Promise<void> } = {}): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await pruneLoginFailures(new Date(now.getTime() - LONGEST_WINDOW_MS));
  // Counted before the check, so parallel guesses count against each other.
  const attemptId = await recordLoginAttempt(email, address, now);
  const decision = decideLogin(await failureTimes(email, address, now, attemptId), now);
  if (decision.kind === "wall") {
    await deleteLoginAttempt(attemptId);
    throw new LoginThrottledError(decision.retryAfterSeconds);
  }
  if (decision.kind === "slow") await (options.wait ?? sleep)(SLOW_PATH_DELAY_MS);
  const user = await findCredentials(email);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid) return null;
  // The owner is back from this address: its count starts over. Other addresses keep theirs.
  await clearLoginFailures(email, address);
  if (user.disabledAt) throw new AccountDisabledError();
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
