import type { Metadata } from "next";
import { requireUser } from "@/features/account/session";
import { CardImporter } from "@/features/import/components/card-importer";

export const metadata: Metadata = { title: "Import cards" };

export default async function ImportCardsPage() {
  await requireUser("/decks/import");
  return (
    <section className="stack">
      <h1>Import cards from a file</h1>
      <p className="muted">Cards from a spreadsheet (saved as CSV) or a tab-separated file go into a new deck of yours. You see them before anything is saved.</p>
      <CardImporter />
    </section>
  );
}
