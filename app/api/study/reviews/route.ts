import type { NextRequest } from "next/server";
import { readSessionClaims } from "@/features/account/session-token";
import { answerOverHttp, MAX_ANSWER_BYTES } from "@/features/study/review-endpoint";
import { readJsonBody } from "@/lib/json-body";

/**
 * One answer as JSON; features/study/review-endpoint.ts has the rules. The session cookie is read
 * from the request itself (no next/headers lookup), and only its claims here: the user row they
 * must match comes with the answer's own read (answerCard). This is the app's hottest route.
 */
export async function POST(request: NextRequest) {
  const answered = await answerOverHttp(
    {
      user: await readSessionClaims(request.cookies),
      origin: request.headers.get("Origin"),
      host: request.headers.get("Host"),
      contentType: request.headers.get("Content-Type"),
      readJson: () => readJsonBody(request, MAX_ANSWER_BYTES),
    },
    new Date(),
  );
  return Response.json(answered.body, { status: answered.status });
}
