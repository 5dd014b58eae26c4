import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, COMMON_SECURITY_HEADERS, createNonce, pageContentSecurityPolicy } from "./security-headers";

describe("security headers", () => {
  it("page policy: nonce + strict-dynamic scripts, no eval in production, nothing framed or based", () => {
    const csp = pageContentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(pageContentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
  });

  it("route handlers run nothing", () => {
    expect(API_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(API_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS, nosniff and a referrer policy", () => {
    const keys = COMMON_SECURITY_HEADERS.map((header) => header.key);
    expect(keys).toEqual(expect.arrayContaining(["Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy"]));
  });

  it("nonces are fresh and long", () => {
    const a = createNonce();
    expect(a).not.toBe(createNonce());
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });
});
