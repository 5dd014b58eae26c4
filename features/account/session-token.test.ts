import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { readSessionClaims } from "./session-token";

const SECRET = "test-secret-for-session-token-0123456789abcdef";
const NAME = "authjs.session-token";

function jar(cookies: Record<string, string>) {
  return { get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined) };
}

async function token(claims: Record<string, unknown>, options: { salt?: string; maxAge?: number; secret?: string } = {}) {
  return encode({ token: claims, secret: options.secret ?? SECRET, salt: options.salt ?? NAME, maxAge: options.maxAge ?? 3600 });
}

describe("readSessionClaims", () => {
  beforeAll(() => {
    process.env.AUTH_SECRET = SECRET;
  });

  it("reads the user and session version of a token next-auth issued, under either cookie name", async () => {
    expect(await readSessionClaims(jar({ [NAME]: await token({ sub: "user-1", sessionVersion: 4 }) }))).toEqual({ userId: "user-1", sessionVersion: 4 });
    const secure = "__Secure-authjs.session-token";
    expect(await readSessionClaims(jar({ [secure]: await token({ sub: "user-2", sessionVersion: 0 }, { salt: secure }) }))).toEqual({ userId: "user-2", sessionVersion: 0 });
  });

  it("joins a token next-auth split into chunks", async () => {
    const whole = await token({ sub: "user-3", sessionVersion: 1 });
    const half = Math.ceil(whole.length / 2);
    expect(await readSessionClaims(jar({ [`${NAME}.0`]: whole.slice(0, half), [`${NAME}.1`]: whole.slice(half) }))).toEqual({ userId: "user-3", sessionVersion: 1 });
  });

  it("refuses no cookie, a forged or tampered token, another secret's token, another cookie's salt and an expired token", async () => {
    expect(await readSessionClaims(jar({}))).toBeNull();
    expect(await readSessionClaims(jar({ [NAME]: "not-a-token" }))).toBeNull();
    const good = await token({ sub: "user-4", sessionVersion: 0 });
    const tampered = good.slice(0, -6) + (good.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    expect(await readSessionClaims(jar({ [NAME]: tampered }))).toBeNull();
    expect(await readSessionClaims(jar({ [NAME]: await token({ sub: "user-4" }, { secret: "another-secret-entirely-0123456789" }) }))).toBeNull();
    expect(await readSessionClaims(jar({ [NAME]: await token({ sub: "user-4" }, { salt: "__Secure-authjs.session-token" }) }))).toBeNull();
    expect(await readSessionClaims(jar({ [NAME]: await token({ sub: "user-4" }, { maxAge: -60 }) }))).toBeNull();
  });

  it("stops accepting a remembered token once it expires", async () => {
    const cookies = jar({ [NAME]: await token({ sub: "user-5", sessionVersion: 2 }, { maxAge: 600 }) });
    expect(await readSessionClaims(cookies)).toEqual({ userId: "user-5", sessionVersion: 2 });
    expect(await readSessionClaims(cookies, Date.now() + 60_000)).toEqual({ userId: "user-5", sessionVersion: 2 });
    expect(await readSessionClaims(cookies, Date.now() + 601_000)).toBeNull();
  });

  it("treats a token without a version as issued before versions existed, which never matches a user", async () => {
    expect(await readSessionClaims(jar({ [NAME]: await token({ sub: "user-6" }) }))).toEqual({ userId: "user-6", sessionVersion: -1 });
  });
});
