import "server-only";
import type { UserId } from "@/features/account/session";
import { BODY_TOO_LARGE } from "@/lib/json-body";
import { answerCard, type Answerer } from "./answer-card";

/**
 * What the JSON answer endpoints need from an HTTP request, read by their routes
 * (app/api/study/reviews/route.ts and …/batch/route.ts). `user` is who answers (null: no
 * session): a checked user, or for a single answer the session cookie's claims, which
 * answerCard checks within the answer's own read.
 */
export interface AnswerRequest<U = { id: UserId }> {
  user: U | null;
  origin: string | null;
  host: string | null;
  contentType: string | null;
  /**
   * Reads and parses the body, at most MAX_ANSWER_BYTES of it: undefined when it is not JSON,
   * BODY_TOO_LARGE past the cap (lib/json-body.ts). Only called once the request may send one.
   */
  readJson: () => Promise<unknown>;
}

/** One answer is about 150 bytes of JSON; anything near this is not an answer. */
export const MAX_ANSWER_BYTES = 4096;

export interface AnswerResponse {
  status: number;
  body: { reviewId: string; nextDue: string; replayed: boolean } | { reason: string; message: string };
}

const FAILURE_STATUS = { invalid: 400, notFound: 404, conflict: 409 } as const;
const SIGN_IN = { status: 401, body: { reason: "unauthenticated", message: "Sign in to record answers." } };

/**
 * POST /api/study/reviews: records one answer for the signed-in user, the study page's action
 * without the next card's view, for scripts and for `npm run bench`, which measures exactly this
 * path. The answer itself is answerCard's, as for the action; here the session, same-origin JSON and size checks. Cookies are SameSite=Lax and
 * only JSON from this origin is accepted, so another site cannot post answers in a user's name.
 */
export async function answerOverHttp(request: AnswerRequest<Answerer>, now: Date): Promise<AnswerResponse> {
  const refused = checkAnswerRequest(request);
  if (refused) return refused;
  const user = request.user!;
  const body = await request.readJson();
  if (body === BODY_TOO_LARGE) return { status: 413, body: { reason: "tooLarge", message: `An answer is at most ${MAX_ANSWER_BYTES} bytes of JSON.` } };
  const answered = await answerCard(user, body, now);
  if (!answered) return SIGN_IN;
  if (!answered.ok) return { status: FAILURE_STATUS[answered.reason], body: { reason: answered.reason, message: answered.message } };
  const { reviewId, nextDue, replayed } = answered.value;
  return { status: replayed ? 200 : 201, body: { reviewId, nextDue: nextDue.toISOString(), replayed } };
}

/** Session, same origin, JSON: the checks before reading any answer, shared with the batch endpoint. */
export function checkAnswerRequest(request: AnswerRequest<unknown>): { status: number; body: { reason: string; message: string } } | null {
  if (!request.user) return SIGN_IN;
  if (request.origin && originHost(request.origin) !== request.host) {
    return { status: 403, body: { reason: "forbidden", message: "Answers are only accepted from this site." } };
  }
  if (!request.contentType?.startsWith("application/json")) {
    return { status: 415, body: { reason: "invalid", message: "Send the answer as JSON." } };
  }
  return null;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
