import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { authorizeDeckBySlug } from "@/features/deck/access";
import { slugParamSchema } from "@/features/deck/schema";
import { DeckSettingsForm } from "@/features/settings/components/deck-settings-form";
import { getDeckSettingsForm } from "@/features/settings/data";

export const metadata: Metadata = { title: "Deck settings" };

export default async function DeckSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug: rawSlug } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(rawSlug)}/settings`);
  const slug = slugParamSchema.safeParse(rawSlug);
  const deck = slug.success ? await authorizeDeckBySlug(user.id, slug.data) : null;
  if (!deck) notFound();
  const initial = await getDeckSettingsForm(user.id, deck.id);
  return (
    <section className="stack narrow-wide">
      <header className="stack-tight">
        <h1>Settings for {deck.title}</h1>
        <p className="muted">
          These override your <Link href="/settings">general settings</Link> for this deck only. Leave a field empty to use
          the general one.
        </p>
      </header>
      <DeckSettingsForm deckSlug={deck.slug} initial={initial} />
      <p>
        <Link href={`/decks/${deck.slug}`}>Back to the deck</Link>
      </p>
    </section>
  );
}
