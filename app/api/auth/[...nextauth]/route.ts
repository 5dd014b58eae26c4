import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { peekLoginRetryAfter } from "@/features/account/login-throttle";
import { clientAddress } from "@/lib/client-address";

export const { GET } = handlers;

/**
 * next-auth answers a refused Credentials sign-in with a redirect carrying `code=<reason>`; it
 * cannot set a status. A throttled try posted straight to /api/auth/callback/credentials gets a
 * real 429 with Retry-After here instead, so scripts and proxies see the limit.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const copy = request.clone();
  const response = await handlers.POST(request);
  if (!request.nextUrl.pathname.endsWith("/callback/credentials")) return response;
  const target = await redirectTarget(request, response);
  if (!target || new URL(target, request.nextUrl.origin).searchParams.get("code") !== "throttled") return response;
  const retryAfter = (await peekLoginRetryAfter(await postedEmail(copy), clientAddress(request.headers), new Date())) ?? 60;
  return Response.json(
    { error: "throttled", message: `Too many attempts, try again in ${Math.ceil(retryAfter / 60)} minutes.` },
    { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } },
  );
}

async function redirectTarget(request: NextRequest, response: Response): Promise<string | null> {
  const location = response.headers.get("Location");
  if (location) return location;
  // With X-Auth-Return-Redirect (next-auth's own client) the redirect comes as JSON `{ url }`.
  if (!request.headers.has("X-Auth-Return-Redirect")) return null;
  const body: unknown = await response.clone().json().catch(() => null);
  return body && typeof body === "object" && "url" in body && typeof body.url === "string" ? body.url : null;
}

async function postedEmail(request: Request): Promise<string> {
  try {
    const type = request.headers.get("Content-Type") ?? "";
    if (type.includes("application/json")) {
      const body: unknown = await request.json();
      return body && typeof body === "object" && "email" in body && typeof body.email === "string" ? body.email : "";
    }
    const email = (await request.formData()).get("email");
    return typeof email === "string" ? email : "";
  } catch {
    return "";
  }
}
