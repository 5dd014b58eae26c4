import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { segmentPassage } from "@/core/content/passage";
import { requireUser } from "@/features/account/session";
import { authorizeDeckBySlug } from "@/features/deck/access";
import { getArticlePassage } from "@/features/deck/data";
import { highlightParamSchema, slugParamSchema } from "@/features/deck/schema";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params, searchParams }: PageProps<"/decks/[slug]/article">) {
  const { slug: rawSlug } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(rawSlug)}/article`);
  const slug = slugParamSchema.safeParse(rawSlug);
  const deck = slug.success ? await authorizeDeckBySlug(user.id, slug.data) : null;
  if (!deck) notFound();
  const passage = await getArticlePassage(deck.id);
  if (!passage) notFound();
  const highlight = new Set(highlightParamSchema.parse((await searchParams).highlight));
  const paragraphs = segmentPassage(passage.plainText, passage.sentences, highlight);
  return (
    <article className="stack">
      <header className="stack-tight">
        <h1>{passage.title}</h1>
        {passage.author ? <p className="muted">{passage.author}</p> : null}
        <p>
          <Link href={`/decks/${deck.slug}`}>Back to the cards</Link>
        </p>
      </header>
      <div className="panel article-text">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>
            {paragraph.map((segment, i) =>
              segment.highlighted ? (
                <mark key={i} id={`s-${segment.sentence}`} className="cited">
                  {segment.text}
                </mark>
              ) : (
                <span key={i} id={segment.sentence === null ? undefined : `s-${segment.sentence}`}>
                  {segment.text}
                </span>
              ),
            )}
          </p>
        ))}
      </div>
    </article>
  );
}
