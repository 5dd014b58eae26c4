import { NextResponse } from "next/server";
import { auth } from "@/auth";

/**
 * A first gate that sends signed-out visitors of app pages to sign-in. It is convenience, not
 * protection: every page, action and route handler checks the session and ownership itself.
 */
export const proxy = auth((request) => {
  if (request.auth) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl.origin);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
});

export const config = {
  matcher: ["/", "/decks/:path*", "/study/:path*", "/quizzes/:path*", "/classes/:path*", "/join/:path*"],
};
