import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/auth";
import { API_CONTENT_SECURITY_POLICY, createNonce, pageContentSecurityPolicy } from "@/lib/security-headers";
import { screenServerAction } from "@/lib/server-action-screen";

/** App pages whose signed-out visitors go straight to sign-in (the pages check again themselves). */
const SIGNED_IN_AREAS = /^\/(?:$|(?:decks|study|quizzes|classes|join|account|settings|cards|stats|optimizer)(?:\/|$))/;

/**
 * Runs before every page: sets a fresh CSP nonce (Next reads it from the request header and
 * puts it on its own scripts) and sends signed-out visitors of app pages to sign-in. The
 * redirect is convenience, not protection: every page, action and route handler checks the
 * session and ownership itself.
 */
const pageProxy = auth((request) => {
  const csp = pageContentSecurityPolicy(createNonce(), process.env.NODE_ENV === "development");
  if (!request.auth && SIGNED_IN_AREAS.test(request.nextUrl.pathname)) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    const redirect = NextResponse.redirect(signIn);
    redirect.headers.set("Content-Security-Policy", csp);
    return redirect;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
});

/**
 * A path that is not valid percent-encoded UTF-8 (say `%ED%A0%80`, a lone surrogate) makes Next's
 * own parameter decoding throw, which would answer 500; it is refused here with a 400 first.
 */
function isWellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function plainRefusal(message: string, status: number): NextResponse {
  return new NextResponse(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": API_CONTENT_SECURITY_POLICY },
  });
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (!isWellFormedPath(request.nextUrl.pathname)) return plainRefusal("Malformed address.", 400);
  // Route handlers check the session themselves and get their headers from next.config.ts.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  // Malformed or cross-origin Server Action posts get a 4xx here; Next's handler would answer 500.
  const refused = await screenServerAction(request);
  if (refused) return plainRefusal(refused.message, refused.status);
  // next-auth types its wrapper as a route handler; at run time it takes the proxy's (request, event).
  return pageProxy(request, event as unknown as Parameters<typeof pageProxy>[1]);
}

export const config = {
  // Every page and route handler; not build assets, and not the two fixed-path routes that are
  // called most (each answer, each health probe): the proxy would only pass them through, and
  // even that costs about 0.3 ms a request here.
  matcher: [
    {
      source: "/((?!api/study/reviews$|api/health$|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
