import type { Metadata } from "next";
import { z } from "zod";
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

/** `?from=deck` or `?from=class-<id>`; anything else (absent, repeated, malformed) means the home page. */
const fromSchema = z.union([z.literal("deck"), z.string().regex(/^class-[A-Za-z0-9_-]{1,64}$/)]).catch("home" as const);

/**
 * Where "Done for today" leads: back to where the session started. `?from=deck` is the deck
 * page, `?from=class-<id>` a class the user is in (or teaches); anything else, the home page.
 */
async function returnLinkFor(userId: UserId, rawFrom: unknown, deckSlug: string): Promise<{ href: string; label: string }> {
  const from = fromSchema.parse(rawFrom);
  if (from === "deck") return { href: `/decks/${deckSlug}`, label: "Back to the deck" };
  const classId = from.startsWith("class-") ? from.slice("class-".length) : null;
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
