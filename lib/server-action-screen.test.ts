import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, MAX_ACTION_DEPTH, screenServerAction } from "./server-action-screen";

const ORIGIN = "http://127.0.0.1:3114";
const ID = "602ccd099df7a3a1f1128d38b815567c7391e98ebe";

function action(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/account`, {
    method: "POST",
    body,
    headers: { host: "127.0.0.1:3114", origin: ORIGIN, "next-action": ID, "content-type": "text/plain;charset=UTF-8", ...headers },
  });
}

function multipart(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const request = new Request(`${ORIGIN}/account`, { method: "POST", body: form });
  return new Request(request, { headers: { host: "127.0.0.1:3114", origin: ORIGIN, "next-action": ID, "content-type": request.headers.get("content-type")!, ...headers } });
}

const status = async (request: Request) => (await screenServerAction(request))?.status ?? "passed";

describe("screenServerAction", () => {
  it("passes what React's client sends: a form's FormData, plain arguments, outlined parts, and non-actions", async () => {
    // Captured from the sign-up form (useActionState): field "0" holds [previousState, FormData].
    expect(await status(multipart({ "_1_$ACTION_1:1": "[{}]", _1_name: "Probe", _1_email: "p@kioku.test", "0": '[{},"$K1"]' }))).toBe("passed");
    expect(await status(action(JSON.stringify(["card", 3, { nested: ["$$escaped", "$undefined", "$D2026-01-01T00:00:00.000Z"] }])))).toBe("passed");
    expect(await status(multipart({ "1": '{"a":[1,2]}', "0": '["$1"]' }))).toBe("passed");
    // A repeated object is sent once and then referred to by its path (the deck publish action does this).
    const shared = [0, 1];
    const publish = [{ title: "T", cards: [{ ids: shared }, { ids: "$0:0:cards:0:ids" }] }];
    expect(await status(action(JSON.stringify(publish)))).toBe("passed");
    expect(await status(multipart({ "1": '{"a":[1,2]}', "0": '["$1","$1:a:1"]' }))).toBe("passed");
    expect(await status(new Request(`${ORIGIN}/account`, { method: "GET" }))).toBe("passed");
    expect(await status(new Request(`${ORIGIN}/sign-in`, { method: "POST", body: "a=1", headers: { "content-type": "application/x-www-form-urlencoded" } }))).toBe("passed");
  });

  it.each([
    ["not json", "not json"],
    ["empty", ""],
    ["null", "null"],
    ["a string", '"x"'],
    ["a missing part", '["$2"]'],
    ["a path to nothing", '[{"a":1},"$0:0:b"]'],
    ["a path through the prototype", '[{"a":1},"$0:0:__proto__:then"]'],
    ["an unknown reference", '["$zz"]'],
    ["a FormData without multipart", '["$K1"]'],
    ["deep nesting", "[".repeat(100_000) + "]".repeat(100_000)],
    ["just too deep", "[".repeat(MAX_ACTION_DEPTH + 2) + "]".repeat(MAX_ACTION_DEPTH + 2)],
    ["two million values", JSON.stringify(Array.from({ length: 2_000_000 }, () => 1))],
  ])("refuses %s with 400", async (_label, body) => {
    expect(await status(action(body))).toBe(400);
  });

  it("refuses malformed multipart bodies with 400", async () => {
    expect(await status(multipart({ "0": "not json" }))).toBe(400);
    expect(await status(multipart({ "0": '["$K1","$5"]', "1_a": "b" }))).toBe(400);
    expect(await status(multipart({ "1": "not json", "0": '["$1"]' }))).toBe(400);
    expect(await status(multipart({ "1": '["$1"]', "0": '["$1"]' }))).toBe("passed"); // a cycle is read once
    expect(await status(multipart({ "1": '{"a":1}', "0": '["$1:constructor:prototype"]' }))).toBe(400);
    expect(await status(action("garbage", { "content-type": "multipart/form-data; boundary=xyz" }))).toBe(400);
  });

  it("refuses cross-origin posts with 403, as Next would have meant to", async () => {
    expect(await status(action("[]", { origin: "https://evil.example" }))).toBe(403);
    expect(await status(action("[]", { origin: "null" }))).toBe(403);
    expect(await status(action("[]", { origin: "::::" }))).toBe(403);
    expect(await status(action("[]", { origin: "https://kioku.example", "x-forwarded-host": "kioku.example" }))).toBe("passed");
  });

  it("refuses a body over the limit with 413", async () => {
    expect(await status(action(JSON.stringify(["x".repeat(ACTION_BODY_LIMIT_BYTES)])))).toBe(413);
  });
});
