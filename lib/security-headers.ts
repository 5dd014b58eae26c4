/**
 * Response headers for every page and route (OWASP ASVS 14.4). Pages get a per-request nonce
 * CSP from proxy.ts; route handlers answer JSON/CSV and get a policy that allows nothing.
 */

/**
 * The page policy. Next marks its hydration scripts with the nonce it reads from this header on
 * the request; 'strict-dynamic' lets those load the bundle chunks. Inline `style` attributes
 * (charts, progress bars) need 'unsafe-inline' for styles only; scripts never get it, and
 * 'unsafe-eval' is only for `next dev` (React's dev tooling evaluates code).
 */
export function pageContentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (public/sw.js): 'strict-dynamic' above would not cover it.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** JSON and CSV answers never run anything; inline styles keep next-auth's fallback pages legible. */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export const COMMON_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  // Browsers ignore HSTS over plain http, so local use is unaffected; behind https it pins https for 2 years.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** 128 random bits, base64: unguessable for each response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
