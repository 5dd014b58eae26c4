import type { NextRequest } from "next/server";
import { getCurrentUserFromCookies } from "@/features/account/session";
import { answerOverHttp, MAX_ANSWER_BYTES } from "@/features/study/review-endpoint";
import { readJsonBody } from "@/lib/json-body";

/**
 * One answer as JSON; features/study/review-endpoint.ts has the rules. The session cookie is read
 * from the request itself (no next/headers lookup): this is the app's hottest route.
 */
export async function POST(request: NextRequest) {
  const answered = await answerOverHttp(
    {
      user: await getCurrentUserFromCookies(request.cookies),
      origin: request.headers.get("Origin"),
      host: request.headers.get("Host"),
      contentType: request.headers.get("Content-Type"),
      readJson: () => readJsonBody(request, MAX_ANSWER_BYTES),
    },
    new Date(),
  );
  return Response.json(answered.body, { status: answered.status });
}
