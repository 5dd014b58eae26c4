import { getCurrentUser } from "@/features/account/session";
import { listDecksToKeepOffline } from "@/features/study/data";

/**
 * GET: the study pages this device should keep for offline use (the decks the user studies),
 * for features/study/components/keep-decks-offline.tsx. The signed-in user's own decks only.
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ reason: "unauthenticated", message: "Sign in to keep decks for offline study." }, { status: 401, headers: { "Cache-Control": "no-store" } });
  const slugs = await listDecksToKeepOffline(user.id);
  return Response.json({ urls: slugs.map((slug) => `/study/${slug}`) }, { headers: { "Cache-Control": "no-store" } });
}
