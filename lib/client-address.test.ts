import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("clientAddress", () => {
  it("uses the TCP peer and ignores X-Forwarded-For unless a trusted proxy header is configured", () => {
    const sent = headers({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1", "x-forwarded-for": "203.0.113.9" });
    expect(clientAddress(sent, undefined)).toBe("127.0.0.1");
    expect(clientAddress(sent, "")).toBe("127.0.0.1");
  });

  it("takes the last entry of the configured header, the one the proxy appended", () => {
    const sent = headers({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(clientAddress(sent, "X-Forwarded-For")).toBe("198.51.100.7");
    expect(clientAddress(headers({ "x-real-ip": "2001:DB8::1" }), "x-real-ip")).toBe("2001:db8::1");
  });

  it("answers unknown for missing or malformed values", () => {
    expect(clientAddress(headers({}), undefined)).toBe("");
    expect(clientAddress(headers({ "x-real-ip": "<script>" }), "x-real-ip")).toBe("");
    expect(clientAddress(headers({ [PEER_ADDRESS_HEADER]: "1.2.3.4" }), "x-real-ip")).toBe("");
  });
});
