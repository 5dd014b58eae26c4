import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/features/account/session";
import { DeckList } from "@/features/deck/components/deck-list";
import { listDeckSummaries } from "@/features/deck/data";

export const metadata: Metadata = { title: "Your decks" };

export default async function DashboardPage() {
  const user = await requireUser("/");
  const decks = await listDeckSummaries(user.id, new Date());
  return (
    <section className="stack">
      <div className="row spread">
        <h1>Your decks</h1>
        <div className="row">
          <Link className="button button-quiet" href="/decks/import">
            Import cards (CSV)
          </Link>
          <Link className="button" href="/decks/new">
            New deck from an article
          </Link>
        </div>
      </div>
      <DeckList decks={decks} />
    </section>
  );
}
