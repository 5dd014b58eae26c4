import type { NextRequest } from "next/server";
import { getCurrentUserFromCookies } from "@/features/account/session";
import { answerBatchOverHttp, MAX_BATCH_BYTES } from "@/features/study/review-batch-endpoint";
import { readJsonBody } from "@/lib/json-body";

/** A device's waiting answers as one JSON batch; features/study/review-batch-endpoint.ts has the rules. */
export async function POST(request: NextRequest) {
  const answered = await answerBatchOverHttp(
    {
      user: await getCurrentUserFromCookies(request.cookies),
      origin: request.headers.get("Origin"),
      host: request.headers.get("Host"),
      contentType: request.headers.get("Content-Type"),
      readJson: () => readJsonBody(request, MAX_BATCH_BYTES),
    },
    new Date(),
  );
  return Response.json(answered.body, { status: answered.status });
}
