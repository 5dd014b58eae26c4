import "server-only";
import { z } from "zod";
import { fail, ok, type Result } from "@/lib/errors";
import { findPasswordHash } from "./data";
import { peekLoginRetryAfter } from "./login-throttle";
import { createUser, recordLoginAttempt, replacePassword } from "./mutations";
import { verifyPassword } from "./password";
import { admitSignUp } from "./sign-up-throttle";
import { changePasswordSchema, changePasswordSchemaFor, signUpSchema, type SignUpInput } from "./schema";
import type { CurrentUser } from "./session";

/**
 * The account actions' bodies: validate, check, write. The "use server" wrappers in actions.ts
 * add the session and next-auth's sign-in; tests drive these directly.
 */
type Invalid = { ok: false; reason: "invalid"; message: string; fieldErrors: Record<string, string[]> };

function invalid(error: z.ZodError): Invalid {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
  return { ok: false, reason: "invalid", message: "Please fix the fields below.", fieldErrors };
}

/**
 * Said for an e-mail that already has an account. Without outgoing mail there is no "check your
 * e-mail" step, so the refusal is generic: it neither confirms nor denies the account.
 */
export const SIGN_UP_REFUSED = "We could not create an account with these details. If you have one, sign in instead.";

/** Validates, then throttles per client `address` (features/account/sign-up-throttle.ts), then creates. */
export async function signUpOperation(raw: unknown, now: Date, address: string): Promise<Result<{ id: string; input: SignUpInput }, "invalid" | "refused" | "throttled">> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const wait = await admitSignUp(address, now);
  if (wait !== null) {
    const minutes = Math.ceil(wait / 60);
    return fail("throttled", `Too many new accounts from your network; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
  const created = await createUser(parsed.data);
  if (!created.ok) return fail("refused", SIGN_UP_REFUSED);
  return ok({ id: created.value.id, input: parsed.data });
}

/**
 * Checks the current password (wrong ones count towards the sign-in throttle, so a borrowed
 * session cannot guess it freely), then stores the new one and ends every other session.
 */
export async function changePasswordOperation(
  user: Pick<CurrentUser, "id">,
  raw: unknown,
  now: Date,
  address: string,
): Promise<Result<{ email: string }, "invalid" | "throttled" | "wrongPassword" | "notFound">> {
  const shape = changePasswordSchema.safeParse(raw);
  if (!shape.success) return invalid(shape.error);
  const account = await findPasswordHash(user.id);
  if (!account) return fail("notFound", "Your account no longer exists.");
  // Again with the account's name and e-mail as words an attacker knows.
  const parsed = changePasswordSchemaFor(account).safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const wait = await peekLoginRetryAfter(account.email, address, now);
  if (wait !== null) return fail("throttled", `Too many attempts, try again in ${Math.ceil(wait / 60)} minutes.`);
  if (!(await verifyPassword(account.passwordHash, parsed.data.currentPassword))) {
    await recordLoginAttempt(account.email, address, now);
    return fail("wrongPassword", "Your current password is not right.", { currentPassword: ["Your current password is not right."] });
  }
  await replacePassword(user.id, parsed.data.newPassword);
  return ok({ email: account.email });
}
