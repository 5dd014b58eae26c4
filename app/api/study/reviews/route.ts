import { z } from "zod";
import { getCurrentUser } from "@/features/account/session";
import { authorizeCardDeck } from "@/features/deck/access";
import { recordReview } from "@/features/study/mutations";
import { reviewInputSchema } from "@/features/study/schema";

/**
 * Records one answer for the signed-in user: the study page's server action without the next
 * card's view, for scripts and for `npm run bench`, which measures exactly this path. Same
 * checks as the action: session, input, the card's deck; cookies are SameSite=Lax and only JSON
 * from this origin is accepted, so another site cannot post answers in a user's name.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ reason: "unauthenticated", message: "Sign in to record answers." }, { status: 401 });
  const origin = request.headers.get("Origin");
  if (origin && new URL(origin).host !== request.headers.get("Host")) {
    return Response.json({ reason: "forbidden", message: "Answers are only accepted from this site." }, { status: 403 });
  }
  if (!request.headers.get("Content-Type")?.startsWith("application/json")) {
    return Response.json({ reason: "invalid", message: "Send the answer as JSON." }, { status: 415 });
  }
  const parsed = reviewInputSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ reason: "invalid", message: z.prettifyError(parsed.error) }, { status: 400 });
  const deck = await authorizeCardDeck(user.id, parsed.data.cardId);
  if (!deck) return Response.json({ reason: "notFound", message: "That card does not exist or is not yours to study." }, { status: 404 });

  const recorded = await recordReview(user.id, deck.id, parsed.data, new Date());
  if (!recorded.ok) return Response.json({ reason: recorded.reason, message: recorded.message }, { status: 409 });
  const { reviewId, nextDue, replayed } = recorded.value;
  return Response.json({ reviewId, nextDue: nextDue.toISOString(), replayed }, { status: replayed ? 200 : 201 });
}
