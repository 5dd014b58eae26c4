import { BODY_TOO_LARGE, readBodyBytes } from "./json-body";

/**
 * Next.js answers 500 to many malformed Server Action posts: a body that is not React's reply
 * encoding (`not json`, `null`, `""`), a reference to a part that is not there (`["$2"]`), deep
 * nesting or millions of values, a cross-origin post ("Invalid Server Actions request"), a body
 * over the size limit. proxy.ts runs this first and answers those with a 4xx; what passes is
 * what React's `decodeReply` reads without trouble. The rules follow the reply format of React
 * 19 (ReactFlightReplyClient): the arguments are a JSON array, in the body itself or, when a
 * FormData or an outlined value is among them, in multipart field "0"; a string "$<hex>"
 * (optionally after one tag letter) points at field <decimal id>.
 */
export interface Refusal {
  status: 400 | 403 | 413;
  message: string;
}

/** Matches serverActions.bodySizeLimit in next.config.ts. */
export const ACTION_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
/** Far beyond any of Kioku's actions (a published deck nests about 5 deep, a few thousand values). */
export const MAX_ACTION_DEPTH = 32;
export const MAX_ACTION_VALUES = 50_000;

const ACTION_HEADER = "next-action";
/** Strings React's reply encoding writes without a part of their own. */
const INLINE = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|[DnT])/;
/** A FormData argument: its entries are fields "<id>_<name>", possibly none. */
const FORM_DATA = /^\$K[0-9a-f]+$/;
/**
 * Any other reference: a tag letter (or none), the hex id of a part that must exist (0 is the
 * arguments themselves), and for a value already sent, the path to it inside that part
 * ("$0:cards:1:sourceSentenceIds": React sends a repeated object once).
 */
const REFERENCE = /^\$([A-Za-z@]?)([0-9a-f]+)((?::[^:]*)*)$/;
/** Parts whose content is itself JSON in the same format. */
const JSON_PART_TAGS = new Set(["", "Q", "W", "i", "@"]);

/**
 * Whether `path` leads somewhere inside `value` through its own keys only: a missing step would
 * fail in React's decoder, and "__proto__"-style steps are how reply decoding has been attacked.
 */
function pathExists(value: unknown, path: readonly string[]): boolean {
  let current = value;
  for (const key of path) {
    if (typeof current === "string" && current.startsWith("$")) return true; // continues in another reference, checked on its own
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}

export function isPossibleServerAction(request: Request): boolean {
  if (request.method !== "POST") return false;
  const type = request.headers.get("content-type") ?? "";
  return request.headers.has(ACTION_HEADER) || type.startsWith("multipart/form-data") || type === "application/x-www-form-urlencoded";
}

/** Next's own CSRF rule (app-render/action-handler.js), answered 403 instead of 500. */
function crossOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed frame) or junk
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost !== host;
}

type Parts = { get(name: string): FormDataEntryValue | null } | null;

/** Walks decoded arguments within the limits; returns what is wrong, or null. */
function checkValue(root: unknown, parts: Parts): string | null {
  let values = 0;
  const parsedParts = new Map<string, unknown>([["0", root]]);
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++values > MAX_ACTION_VALUES) return `More than ${MAX_ACTION_VALUES} values.`;
    if (depth > MAX_ACTION_DEPTH) return `Nested deeper than ${MAX_ACTION_DEPTH}.`;
    if (typeof value === "string") {
      if (!value.startsWith("$") || INLINE.test(value)) continue;
      if (FORM_DATA.test(value)) {
        if (!parts) return "A FormData reference outside a multipart body.";
        continue;
      }
      const reference = REFERENCE.exec(value);
      if (!reference) return "An unknown kind of reference.";
      const [, tag, hexId, pathText] = reference;
      const field = String(parseInt(hexId!, 16));
      const path = pathText ? pathText.slice(1).split(":") : [];
      if (!parsedParts.has(field)) {
        const part = parts?.get(field) ?? null;
        if (part === null) return "A reference to a part that is not there.";
        if (!JSON_PART_TAGS.has(tag!)) {
          if (path.length > 0) return "A path into a part that is not JSON.";
          continue;
        }
        if (typeof part !== "string") return "A part that should be JSON is a file.";
        const parsed = parseJson(part);
        if (parsed === NOT_JSON) return "A part is not JSON.";
        parsedParts.set(field, parsed);
        stack.push({ value: parsed, depth: depth + 1 });
      }
      if (!pathExists(parsedParts.get(field), path)) return "A reference to a value that is not there.";
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
    } else if (value !== null && typeof value === "object") {
      for (const item of Object.values(value)) stack.push({ value: item, depth: depth + 1 });
    }
  }
  return null;
}

const NOT_JSON = Symbol("not JSON");
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function checkArguments(text: string | null, parts: Parts): string | null {
  if (text === null) return "No arguments.";
  const args = parseJson(text);
  if (args === NOT_JSON) return "The arguments are not JSON.";
  if (!Array.isArray(args)) return "The arguments are not a list.";
  return checkValue(args, parts);
}

/**
 * A 4xx for a malformed or cross-origin Server Action post, or null to let Next handle it. Reads
 * the body (the proxy gets its own copy; Next still reads the original).
 */
export async function screenServerAction(request: Request): Promise<Refusal | null> {
  if (!isPossibleServerAction(request)) return null;
  if (crossOrigin(request.headers)) return { status: 403, message: "Actions are only accepted from this site." };
  const bytes = await readBodyBytes(request, ACTION_BODY_LIMIT_BYTES);
  if (bytes === BODY_TOO_LARGE) return { status: 413, message: `An action's body is at most ${ACTION_BODY_LIMIT_BYTES} bytes.` };
  const type = request.headers.get("content-type") ?? "";
  const isFetchAction = request.headers.has(ACTION_HEADER);
  let problem: string | null;
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { "content-type": type } }).formData();
    } catch {
      return { status: 400, message: "Malformed multipart body." };
    }
    // A form posted without JavaScript carries $ACTION_ fields, decoded by Next itself.
    if (!isFetchAction) return null;
    const root = form.get("0");
    problem = checkArguments(typeof root === "string" ? root : null, form);
  } else if (isFetchAction) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return { status: 400, message: "The body is not UTF-8." };
    }
    problem = checkArguments(text, null);
  } else {
    return null; // url-encoded without an action id: not an action, Next passes it to the page
  }
  return problem ? { status: 400, message: `Malformed action request: ${problem}` } : null;
}
