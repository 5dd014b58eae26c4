import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/features/account/session";
import { MyAssignments } from "@/features/class/components/my-assignments";
import { listMyAssignments } from "@/features/class/data";
import { DeckList } from "@/features/deck/components/deck-list";
import { listDeckSummaries } from "@/features/deck/data";

export const metadata: Metadata = { title: "Your decks" };

export default async function DashboardPage() {
  const user = await requireUser("/");
  const now = new Date();
  const [decks, assignments] = await Promise.all([listDeckSummaries(user.id, now), listMyAssignments(user.id, now)]);
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
      <MyAssignments assignments={assignments} now={now} />
      <DeckList decks={decks} />
    </section>
  );
}
