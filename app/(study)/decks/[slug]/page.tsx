import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { authorizeDeckBySlug, authorizeOwnDeckBySlug } from "@/features/deck/access";
import { AddCardForm } from "@/features/deck/components/card-editor";
import { CardTable } from "@/features/deck/components/card-table";
import { getDeckDetail } from "@/features/deck/data";
import { slugParamSchema } from "@/features/deck/schema";

export const metadata: Metadata = { title: "Deck" };

export default async function DeckPage({ params, searchParams }: PageProps<"/decks/[slug]">) {
  const { slug: rawSlug } = await params;
  const regenerated = /^(\d+)-(\d+)-(\d+)$/.exec(String((await searchParams).regenerated ?? ""));
  const user = await requireUser(`/decks/${encodeURIComponent(rawSlug)}`);
  const slug = slugParamSchema.safeParse(rawSlug);
  const deck = slug.success ? await authorizeDeckBySlug(user.id, slug.data) : null;
  if (!deck) notFound();
  const [detail, owned] = await Promise.all([getDeckDetail(deck.id), authorizeOwnDeckBySlug(user.id, deck.slug)]);
  return (
    <section className="stack">
      <header className="stack-tight">
        <h1>{deck.title}</h1>
        {detail.article ? (
          <p className="muted">
            From “{detail.article.title}”{detail.article.author ? ` by ${detail.article.author}` : ""}
            {detail.article.publishedOn ? `, ${detail.article.publishedOn.toISOString().slice(0, 10)}` : ""}
          </p>
        ) : null}
        <p>
          <Link className="button" href={`/study/${deck.slug}?from=deck`}>
            Study this deck
          </Link>{" "}
          <Link className="button button-quiet" href={`/decks/${deck.slug}/quiz`}>
            Quiz yourself
          </Link>{" "}
          <Link className="button button-quiet" href={`/decks/${deck.slug}/settings`}>
            Deck settings
          </Link>
          {owned && detail.article ? (
            <>
              {" "}
              <Link className="button button-quiet" href={`/decks/${deck.slug}/regenerate`}>
                Regenerate from the article
              </Link>
            </>
          ) : null}
        </p>
      </header>
      {owned && regenerated ? (
        <p role="status" className="panel" data-testid="regenerated">
          Regenerated: {regenerated[1]} new, {regenerated[2]} changed, {regenerated[3]} deleted.
        </p>
      ) : null}
      {owned ? <AddCardForm deckSlug={deck.slug} /> : null}
      <CardTable cards={detail.cards} deckSlug={deck.slug} editable={owned !== null} />
    </section>
  );
}
