import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/account/session";
import { CardInfoView } from "@/features/card-info/components/card-info-view";
import { getCardInfo } from "@/features/card-info/data";
import { cardIdParamSchema } from "@/features/card-info/schema";
import { authorizeCardDeck } from "@/features/deck/access";

export const metadata: Metadata = { title: "Card info" };

export default async function CardInfoPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const user = await requireUser(`/cards/${encodeURIComponent(rawId)}`);
  const id = cardIdParamSchema.safeParse(rawId);
  const deck = id.success ? await authorizeCardDeck(user.id, id.data) : null;
  if (!id.success || !deck) notFound();
  const now = new Date();
  const info = await getCardInfo(user.id, deck.id, id.data, now);
  if (!info) notFound();
  return (
    <section className="stack">
      <header className="stack-tight">
        <p className="muted small">
          <Link href={`/decks/${info.deck.slug}`}>{info.deck.title}</Link> · <Link href={`/study/${info.deck.slug}`}>Study</Link>
        </p>
        <h1>{info.card.prompt}</h1>
        <p className="answer">
          <span className="visually-hidden">Answer: </span>
          {info.card.answer}
        </p>
      </header>
      <CardInfoView info={info} now={now} />
    </section>
  );
}
