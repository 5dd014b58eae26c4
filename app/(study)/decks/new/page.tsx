import type { Metadata } from "next";
import { requireUser } from "@/features/account/session";
import { DeckCreator } from "@/features/deck/components/deck-creator";

export const metadata: Metadata = { title: "New deck" };

export default async function NewDeckPage() {
  await requireUser("/decks/new");
  return (
    <section className="stack">
      <h1>Make a deck from an article</h1>
      <p className="muted">
        Paste an article or upload a .md or .txt file (up to 1 MB). Kioku finds its dates, people, lists, figures and terms and
        turns them into cards, each tied to the sentence it came from. Nothing is saved until you publish.
      </p>
      <DeckCreator />
    </section>
  );
}
