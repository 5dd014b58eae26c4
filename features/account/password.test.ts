import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id with OWASP's minimum cost: 19 MiB, 2 passes, 1 lane", async () => {
    const hash = await hashPassword("a long fine passphrase");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "a long fine passphrase")).toBe(true);
    expect(await verifyPassword(hash, "a long fine passphrasE")).toBe(false);
  });

  it("never throws on a malformed stored hash, and the dummy check always fails", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
    expect(await verifyAgainstDummy("kioku-timing-equaliser")).toBe(false);
  });
});
