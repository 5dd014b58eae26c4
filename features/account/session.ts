import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { findSessionUser, type SessionUserDTO } from "./data";
import { isSessionCurrent } from "./session-check";

declare const userIdBrand: unique symbol;
/** The id of the signed-in user, checked against the database on this request. */
export type UserId = string & { readonly [userIdBrand]: true };

export type CurrentUser = Omit<SessionUserDTO, "id" | "sessionVersion" | "disabledAt"> & { id: UserId };

/**
 * The signed-in user, or null. The JWT alone is not trusted: the user must still exist and
 * the token's session version must match and the account must not be disabled, so sign-out,
 * password changes and disabling an account end old sessions.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  const user = await findSessionUser(session.user.id);
  if (!user || !isSessionCurrent(user, session.user.sessionVersion)) return null;
  const { sessionVersion: _version, disabledAt: _disabled, ...rest } = user;
  return { ...rest, id: user.id as UserId };
}

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(callbackUrl?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  return user;
}
