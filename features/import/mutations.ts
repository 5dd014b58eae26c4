import type { ImportedCard } from "@/core/import/card-file";
import type { UserId } from "@/features/account/session";
import { importedGroupOf } from "@/core/scheduling";
import { deckSlugFor } from "@/features/deck/slug";
import { db } from "@/lib/db";

/** Creates the user's new deck with every card, in one transaction: all of them or none. */
export async function createImportedDeck(userId: UserId, title: string, cards: readonly ImportedCard[]): Promise<{ deckId: string; slug: string }> {
  const slug = deckSlugFor(title);
  return db.$transaction(
    async (tx) => {
      const deck = await tx.deck.create({
        data: { slug, title, description: `Imported from a file: ${cards.length} cards.`, ownerId: userId },
        select: { id: true },
      });
      await tx.card.createMany({
        data: cards.map((card, position) => ({
          deckId: deck.id,
          key: `import-${position + 1}`,
          kind: "basic" as const,
          prompt: card.front,
          answer: card.back,
          tags: card.tags.join(" "),
          group: importedGroupOf(card.group),
          position,
        })),
      });
      return { deckId: deck.id, slug };
    },
    { timeout: 60_000 },
  );
}
