import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { findSessionUser } from "@/features/account/data";
import { authenticate } from "@/features/account/login-throttle";
import { endSessionIfCurrent } from "@/features/account/mutations";
import { isSessionCurrent } from "@/features/account/session-check";
import type { Role } from "@/features/account/schema";
import { safeCallbackUrl } from "@/features/account/callback-url";
import { clientAddress } from "@/lib/client-address";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: Role; sessionVersion: number } & DefaultSession["user"];
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Kioku runs behind whatever host the operator chooses; the secret comes from AUTH_SECRET.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password is an expected answer, not a server error: keep it out of the error log.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      // Throttling, unknown-e-mail timing and disabled accounts live in features/account/login-throttle.ts.
      authorize(raw, request) {
        return authenticate(raw, new Date(), clientAddress(request.headers));
      },
    }),
  ],
  events: {
    // next-auth's own POST /api/auth/signout only drops the cookie; ending the session version
    // here makes a copied cookie worthless too (the app's sign-out action bumps it as well).
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && typeof token.sessionVersion === "number") await endSessionIfCurrent(token.sub, token.sessionVersion);
    },
  },
  callbacks: {
    // next-auth's own endpoints take a callbackUrl too; they get the same same-origin path rule as the form.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return baseUrl + safeCallbackUrl(path);
    },
    // Every read of a token (auth() in proxy.ts, GET /api/auth/session) checks it against the user
    // row, as getCurrentUser does: a stale token gets null, which clears the cookie instead of
    // rolling it into a fresh 30-day one.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        return token;
      }
      if (!token.sub) return null;
      const version = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
      return isSessionCurrent(await findSessionUser(token.sub), version) ? token : null;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = (token.role as Role | undefined) ?? "student";
      session.user.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
      return session;
    },
  },
});
