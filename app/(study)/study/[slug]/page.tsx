import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { authorizeDeckBySlug } from "@/features/deck/access";
import { slugParamSchema } from "@/features/deck/schema";
import { StudySession } from "@/features/study/components/study-session";
import { getStudyView } from "@/features/study/data";
import { requireMemberOf, requireInstructorOf } from "@/features/class/access";
import { getClassName } from "@/features/class/data";
import type { UserId } from "@/features/account/session";

export const metadata: Metadata = { title: "Study" };

/**
 * Where "Done for today" leads: back to where the session started. `?from=deck` is the deck
 * page, `?from=class-<id>` a class the user is in (or teaches); anything else, the home page.
 */
async function returnLinkFor(userId: UserId, from: unknown, deckSlug: string): Promise<{ href: string; label: string }> {
  if (from === "deck") return { href: `/decks/${deckSlug}`, label: "Back to the deck" };
  const classId = typeof from === "string" && from.startsWith("class-") ? from.slice("class-".length) : null;
  const allowed = classId ? ((await requireMemberOf(userId, classId)) ?? (await requireInstructorOf(userId, classId))) : null;
  if (allowed) {
    const name = await getClassName(allowed);
    if (name) return { href: `/classes/${allowed}`, label: `Back to ${name}` };
  }
  return { href: "/", label: "Back to decks" };
}

export default async function StudyPage({ params, searchParams }: PageProps<"/study/[slug]">) {
  const { slug: rawSlug } = await params;
  const { from } = await searchParams;
  const user = await requireUser(`/study/${encodeURIComponent(rawSlug)}`);
  const slug = slugParamSchema.safeParse(rawSlug);
  const deck = slug.success ? await authorizeDeckBySlug(user.id, slug.data) : null;
  if (!deck) notFound();
  const [view, returnTo] = await Promise.all([getStudyView(user, deck.id, new Date(), { withPack: true }), returnLinkFor(user.id, from, deck.slug)]);
  return (
    <section className="stack">
      <h1 className="study-title">{deck.title}</h1>
      {view.deadline ? <p className="muted small" data-testid="deadline-plan">{view.deadline}</p> : null}
      <StudySession userId={user.id} deckSlug={deck.slug} initialView={view} returnTo={returnTo} />
    </section>
  );
}
