import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { authorizeDeckBySlug } from "@/features/deck/access";
import { slugParamSchema } from "@/features/deck/schema";
import { StudySession } from "@/features/study/components/study-session";
import { getStudyView } from "@/features/study/data";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage({ params }: PageProps<"/study/[slug]">) {
  const { slug: rawSlug } = await params;
  const user = await requireUser(`/study/${encodeURIComponent(rawSlug)}`);
  const slug = slugParamSchema.safeParse(rawSlug);
  const deck = slug.success ? await authorizeDeckBySlug(user.id, slug.data) : null;
  if (!deck) notFound();
  const view = await getStudyView(user, deck.id, new Date(), { withPack: true });
  return (
    <section className="stack">
      <h1 className="study-title">{deck.title}</h1>
      {view.deadline ? <p className="muted small" data-testid="deadline-plan">{view.deadline}</p> : null}
      <StudySession deckSlug={deck.slug} initialView={view} />
    </section>
  );
}
