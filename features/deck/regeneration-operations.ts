import "server-only";
import { z } from "zod";
import { diffRegeneration, type RegenerationDiff } from "@/core/deck/regeneration-diff";
import { generateDeck } from "@/core/generation";
import type { UserId } from "@/features/account/session";
import { fail, ok, type Result } from "@/lib/errors";
import { authorizeOwnDeckBySlug, type OwnedDeck } from "./access";
import { getRegenerationSource } from "./data";
import { applyRegeneration, type RegenerationOutcome } from "./regeneration-mutations";
import { applyRegenerationSchema } from "./schema";

type Actor = { id: UserId };

/** The generator run again over the deck's own article, and what differs from the cards as stored. */
async function regenerate(deck: OwnedDeck) {
  const source = await getRegenerationSource(deck.id);
  if (!source.article) return null;
  const generated = generateDeck({ text: source.article.body, referenceDate: source.article.published, title: deck.title });
  const storedPosition = new Map(source.article.sentences.map((sentence) => [sentence.text, sentence.position]));
  const textOf = new Map(generated.sentences.map((sentence) => [sentence.id, sentence.text]));
  const positionOf = (sentenceId: number) => storedPosition.get(textOf.get(sentenceId) ?? "");
  return { generated, positionOf, diff: diffRegeneration(source.cards, generated.cards) };
}

export type RegenerationPreview = Result<{ deck: { slug: string; title: string }; diff: RegenerationDiff }, "notFound" | "noArticle">;

export async function previewRegenerationOperation(user: Actor, slug: string): Promise<RegenerationPreview> {
  const deck = await authorizeOwnDeckBySlug(user.id, slug);
  if (!deck) return fail("notFound", "That deck does not exist or is not yours to edit.");
  const run = await regenerate(deck);
  if (!run) return fail("noArticle", "This deck was not made from an article, so there is nothing to regenerate from.");
  return ok({ deck: { slug: deck.slug, title: deck.title }, diff: run.diff });
}

/**
 * Applies only the ticked keys, recomputing the diff on the server: a key that is no longer new,
 * changed or gone (another tab applied it, the client made it up) is ignored.
 */
export async function applyRegenerationOperation(user: Actor, raw: unknown, now: Date): Promise<Result<RegenerationOutcome & { slug: string }, "invalid" | "notFound" | "noArticle">> {
  const parsed = applyRegenerationSchema.safeParse(raw);
  if (!parsed.success) return fail("invalid", z.prettifyError(parsed.error));
  const deck = await authorizeOwnDeckBySlug(user.id, parsed.data.deckSlug);
  if (!deck) return fail("notFound", "That deck does not exist or is not yours to edit.");
  const run = await regenerate(deck);
  if (!run) return fail("noArticle", "This deck was not made from an article, so there is nothing to regenerate from.");
  const ticked = new Set(parsed.data.keys);
  const outcome = await applyRegeneration(
    deck.id,
    {
      add: run.diff.added.filter((card) => ticked.has(`new:${card.key}`)),
      change: run.diff.changed.filter((card) => ticked.has(`changed:${card.key}`)).map((card) => card.after),
      removeKeys: run.diff.gone.filter((card) => ticked.has(`gone:${card.key}`)).map((card) => card.key),
      questions: run.generated.questions,
      generatedCards: run.generated.cards,
      positionOf: run.positionOf,
    },
    now,
  );
  return ok({ ...outcome, slug: deck.slug });
}
