import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { RegenerationForm } from "@/features/deck/components/regeneration-form";
import { previewRegenerationOperation } from "@/features/deck/regeneration-operations";
import { slugParamSchema } from "@/features/deck/schema";

export const metadata: Metadata = { title: "Regenerate from the article" };

export default async function RegeneratePage({ params }: PageProps<"/decks/[slug]/regenerate">) {
  const { slug: rawSlug } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(rawSlug)}/regenerate`);
  const slug = slugParamSchema.safeParse(rawSlug);
  if (!slug.success) notFound();
  const preview = await previewRegenerationOperation(user, slug.data);
  if (!preview.ok && preview.reason === "notFound") notFound();
  return (
    <section className="stack">
      <h1>Regenerate from the article</h1>
      {preview.ok ? (
        <>
          <p className="muted">
            The generator read “{preview.value.deck.title}”’s article again. Tick what to apply; anything left unticked stays as it is.{" "}
            <Link href={`/decks/${preview.value.deck.slug}`}>Back to the deck</Link>
          </p>
          <RegenerationForm deckSlug={preview.value.deck.slug} diff={preview.value.diff} />
        </>
      ) : (
        <p className="panel">{preview.message}</p>
      )}
    </section>
  );
}
