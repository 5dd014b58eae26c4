import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { findSessionUser, type SessionUserDTO } from "./data";
import { isSessionCurrent } from "./session-check";
import { readSessionClaims, type CookieJar } from "./session-token";

declare const userIdBrand: unique symbol;
/** The id of the signed-in user, checked against the database on this request. */
export type UserId = string & { readonly [userIdBrand]: true };

export type CurrentUser = Omit<SessionUserDTO, "id" | "sessionVersion" | "disabledAt"> & { id: UserId };

/**
 * The signed-in user, or null. The session cookie is next-auth's JWT, read as `auth()` reads it
 * (session-token.ts; proxy.ts's `auth()` keeps rolling its expiry as pages are visited). The JWT
 * alone is not trusted: the user must still exist and the token's session version must match and
 * the account must not be disabled, so sign-out, password changes and disabling end old sessions.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return getCurrentUserFromCookies(await cookies());
}

/** The same from a cookie jar in hand (the answer route passes its request's own, skipping next/headers). */
export async function getCurrentUserFromCookies(jar: CookieJar): Promise<CurrentUser | null> {
  const claims = await readSessionClaims(jar);
  if (!claims) return null;
  const user = await findSessionUser(claims.userId);
  if (!user || !isSessionCurrent(user, claims.sessionVersion)) return null;
  const { sessionVersion: _version, disabledAt: _disabled, ...rest } = user;
  return { ...rest, id: user.id as UserId };
}

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(callbackUrl?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  return user;
}
