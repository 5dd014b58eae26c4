import type { Metadata } from "next";
import Link from "next/link";
import { startOfStudyDay } from "@/core/scheduling";
import { requireUser } from "@/features/account/session";
import { DeckList } from "@/features/deck/components/deck-list";
import { listDeckSummaries } from "@/features/deck/data";

export const metadata: Metadata = { title: "Your decks" };

export default async function DashboardPage() {
  const user = await requireUser("/");
  const now = new Date();
  const decks = await listDeckSummaries(user.id, now, startOfStudyDay(now, user.timeZone));
  return (
    <section className="stack">
      <div className="row spread">
        <h1>Your decks</h1>
        <Link className="button" href="/decks/new">
          New deck from an article
        </Link>
      </div>
      <DeckList decks={decks} />
    </section>
  );
}
