import { randomBytes } from "node:crypto";

/** A URL slug from a title plus a random suffix, so two decks with one title never collide. */
export function deckSlugFor(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  const suffix = randomBytes(4).toString("hex");
  return base ? `${base}-${suffix}` : `deck-${suffix}`;
}
