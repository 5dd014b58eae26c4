/**
 * Signs in through next-auth's real credentials endpoint (CSRF token, then the callback) and
 * returns the session cookie, for scripts and benchmarks that drive the app over HTTP.
 */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const cookie = await trySignInOverHttp(baseUrl, email, password);
  if (!cookie) throw new Error(`Signing in to ${baseUrl} as ${email} failed.`);
  return cookie;
}

/** The same, but null when the sign-in is refused (a wrong password, a throttled or disabled account). */
export async function trySignInOverHttp(baseUrl: string, email: string, password: string): Promise<string | null> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("authjs.session-token="));
  return session ? session.split(";")[0]! : null;
}
