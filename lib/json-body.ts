/** What readJsonBody answers for a body over its limit (the route answers 413). */
export const BODY_TOO_LARGE: unique symbol = Symbol("body too large");

/**
 * A request's JSON body, read at most `maxBytes` far: BODY_TOO_LARGE as soon as the declared
 * Content-Length or the bytes actually received pass it (the rest is never read or parsed),
 * undefined when it is not JSON.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const bytes = await readBodyBytes(request, maxBytes);
  if (bytes === BODY_TOO_LARGE) return BODY_TOO_LARGE;
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** A request's body as bytes, read at most `maxBytes` far (BODY_TOO_LARGE past it, as above). */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | typeof BODY_TOO_LARGE> {
  const declared = Number(request.headers.get("Content-Length"));
  if (Number.isFinite(declared) && declared > maxBytes) return BODY_TOO_LARGE;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return BODY_TOO_LARGE;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
