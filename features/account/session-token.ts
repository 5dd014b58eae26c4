import "server-only";
import { decode } from "next-auth/jwt";

/** What Kioku reads from a session JWT: who, and the session version it was issued with. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

export interface CookieJar {
  get(name: string): { value: string } | undefined;
}

// next-auth's names for its session cookie: `__Secure-` when the site is served over HTTPS.
// Each name is also the salt its token was encrypted with.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
// next-auth splits a token longer than a cookie may be into `<name>.0`, `<name>.1`, …
const MAX_CHUNKS = 10;

/** The session token and the cookie name it came under, joining chunks if next-auth split it. */
function sessionTokenOf(cookies: CookieJar): { token: string; salt: string } | null {
  for (const name of SESSION_COOKIES) {
    const whole = cookies.get(name)?.value;
    if (whole) return { token: whole, salt: name };
    const chunks: string[] = [];
    for (let i = 0; i < MAX_CHUNKS; i += 1) {
      const chunk = cookies.get(`${name}.${i}`)?.value;
      if (chunk === undefined) break;
      chunks.push(chunk);
    }
    if (chunks.length > 0) return { token: chunks.join(""), salt: name };
  }
  return null;
}

// Decrypting a token (key derivation, then AES-CBC + HMAC through WebCrypto) costs about 0.7 ms
// here, on every request. Its result depends only on the token text and the secret, so verified
// claims are kept per token until the token expires. The session version is still checked
// against the database on every request (session.ts); this only skips repeating the crypto.
const CACHE_SIZE = 2000;
const verified = new Map<string, { claims: SessionClaims; expiresAt: number }>();

function remember(key: string, claims: SessionClaims, expiresAt: number): void {
  if (verified.size >= CACHE_SIZE) verified.delete(verified.keys().next().value!);
  verified.set(key, { claims, expiresAt });
}

/**
 * The claims of the request's next-auth session cookie, decrypted and checked (signature, expiry)
 * with next-auth's own `decode` and secret, exactly as `auth()` reads them; null when there is no
 * cookie or it does not verify. The caller must still check the user row (`isSessionCurrent`).
 */
export async function readSessionClaims(cookies: CookieJar, now = Date.now()): Promise<SessionClaims | null> {
  const found = sessionTokenOf(cookies);
  if (!found) return null;
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set; `npm start` writes one into .env.local.");
  const key = `${found.salt}\n${found.token}`;
  const hit = verified.get(key);
  if (hit) {
    if (hit.expiresAt > now) return hit.claims;
    verified.delete(key);
    return null; // verified before, expired since
  }
  const payload = await decode({ token: found.token, secret, salt: found.salt }).catch(() => null);
  if (!payload?.sub || typeof payload.exp !== "number") return null;
  const claims = { userId: payload.sub, sessionVersion: typeof payload.sessionVersion === "number" ? payload.sessionVersion : -1 };
  remember(key, claims, payload.exp * 1000);
  return claims;
}
