"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { AccountDisabledError, LoginThrottledError } from "./login-throttle";
import { changePasswordOperation, signUpOperation } from "./operations";
import { bumpSessionVersion } from "./mutations";
import { signInSchema } from "./schema";
import { getCurrentUser } from "./session";
import { safeCallbackUrl } from "./callback-url";
import { clientAddress } from "@/lib/client-address";

export interface FormState {
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the user typed (never the password), so a refused form keeps it. */
  values?: Record<string, string>;
}

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (error) {
    // A successful sign-in throws Next's redirect, which must propagate.
    if (error instanceof LoginThrottledError) {
      const minutes = Math.ceil(error.retryAfterSeconds / 60);
      return { message: `Too many attempts, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, values: { email } };
    }
    if (error instanceof AccountDisabledError) {
      return { message: "This account has been disabled. Ask the site's operator to restore it.", values: { email } };
    }
    if (error instanceof AuthError) return { message: "Wrong e-mail or password.", values: { email } };
    throw error;
  }
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { name: field(formData, "name"), email: field(formData, "email"), role: field(formData, "role") };
  const raw = { ...values, password: field(formData, "password"), timeZone: field(formData, "timeZone") };
  const created = await signUpOperation(raw, new Date(), clientAddress(await headers()));
  if (!created.ok) return { message: created.message, fieldErrors: created.fieldErrors, values };
  return signInOrExplain(created.value.input.email, created.value.input.password, "/");
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = field(formData, "email");
  const parsed = signInSchema.safeParse({ email, password: field(formData, "password") });
  if (!parsed.success) {
    return { message: "Please fix the fields below.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values: { email } };
  }
  return signInOrExplain(parsed.data.email, parsed.data.password, safeCallbackUrl(field(formData, "callbackUrl")));
}

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await bumpSessionVersion(user.id);
  await signOut({ redirectTo: "/sign-in" });
}

/** Changes the password, which ends every session; this one is signed in again with the new password. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { message: "Your session has ended. Sign in again." };
  const newPassword = field(formData, "newPassword");
  const address = clientAddress(await headers());
  const changed = await changePasswordOperation(user, { currentPassword: field(formData, "currentPassword"), newPassword }, new Date(), address);
  if (!changed.ok) return { message: changed.message, fieldErrors: changed.fieldErrors };
  return signInOrExplain(changed.value.email, newPassword, "/account?changed=1");
}
