import { describe, expect, it } from "vitest";
import { BODY_TOO_LARGE, readJsonBody } from "./json-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://kioku.test/api", { method: "POST", body, headers: { "Content-Type": "application/json", ...headers }, duplex: "half" } as RequestInit);

function streamOf(chunks: number, chunkBytes: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
  return { stream, pulled: () => pulled };
}

describe("readJsonBody", () => {
  it("parses a small JSON body and answers undefined for one that is not JSON", async () => {
    expect(await readJsonBody(post('{"a":1}'), 4096)).toEqual({ a: 1 });
    expect(await readJsonBody(post("{not json"), 4096)).toBeUndefined();
    expect(await readJsonBody(post(""), 4096)).toBeUndefined();
  });

  it("refuses by Content-Length before reading a byte", async () => {
    const { stream, pulled } = streamOf(10, 1024);
    expect(await readJsonBody(post(stream, { "Content-Length": String(10 * 1024 * 1024) }), 4096)).toBe(BODY_TOO_LARGE);
    expect(pulled()).toBeLessThanOrEqual(1); // a stream fills its one-chunk queue by itself
  });

  it("stops reading a body without a length as soon as it passes the cap", async () => {
    const { stream, pulled } = streamOf(10_000, 1024); // 10 MB if read to the end
    expect(await readJsonBody(post(stream), 4096)).toBe(BODY_TOO_LARGE);
    expect(pulled()).toBeLessThan(10);
  });

  it("counts bytes, not characters", async () => {
    const text = JSON.stringify({ pad: "é".repeat(2100) }); // about 4.2 KB of UTF-8
    expect(await readJsonBody(post(text), 4096)).toBe(BODY_TOO_LARGE);
  });
});
