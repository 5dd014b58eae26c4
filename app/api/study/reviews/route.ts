import { getCurrentUser } from "@/features/account/session";
import { answerOverHttp } from "@/features/study/review-endpoint";

/** One answer as JSON; features/study/review-endpoint.ts has the rules. */
export async function POST(request: Request) {
  const answered = await answerOverHttp(
    {
      user: await getCurrentUser(),
      origin: request.headers.get("Origin"),
      host: request.headers.get("Host"),
      contentType: request.headers.get("Content-Type"),
      readJson: () => request.json().catch(() => undefined),
    },
    new Date(),
  );
  return Response.json(answered.body, { status: answered.status });
}
