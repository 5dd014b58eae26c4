import "server-only";
import { retryAfterSeconds } from "@/core/throttle/login";
import { findSignUpTimes } from "./data";
import { deleteSignUpAttempt, recordSignUpAttempt } from "./mutations";

/**
 * Sign-ups per client address an hour (KIOKU_SIGN_UPS_PER_HOUR, default 20): enough for a class
 * signing up together behind one school address, too few to probe many e-mails. The e2e server
 * raises it, since every test signs up from 127.0.0.1.
 */
export const SIGN_UPS_PER_HOUR = Math.max(1, Number(process.env.KIOKU_SIGN_UPS_PER_HOUR) || 20);
const WINDOW_MS = 60 * 60_000;

/**
 * Counts one sign-up from `address` and answers null, or the seconds to wait when the address is
 * over its limit (then nothing is counted). Counted before the check, so parallel sign-ups count
 * against each other. An unknown address ("") is not throttled: it would put everyone in one bucket.
 */
export async function admitSignUp(address: string, now: Date): Promise<number | null> {
  if (address === "") return null;
  const since = new Date(now.getTime() - WINDOW_MS);
  const attemptId = await recordSignUpAttempt(address, now, since);
  const earlier = await findSignUpTimes(address, since, attemptId, SIGN_UPS_PER_HOUR);
  const wait = retryAfterSeconds(earlier, [{ failures: SIGN_UPS_PER_HOUR, windowMs: WINDOW_MS }], now);
  if (wait !== null) await deleteSignUpAttempt(attemptId);
  return wait;
}
