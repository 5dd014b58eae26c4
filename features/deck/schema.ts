import { z } from "zod";
import { hasNoNul, idSchema, NUL_MESSAGE } from "@/lib/validation";
import { CARD_KINDS } from "@/core/generation/types";

/** Deck slugs as they appear in URLs. */
export const slugParamSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const deckTitleSchema = z.string().trim().min(1, "Give the deck a title.").max(200, "Use at most 200 characters.").refine(hasNoNul, NUL_MESSAGE);

const publishedSchema = z
  .union([z.iso.date("Use a date such as 2012-11-28."), z.literal("")])
  .optional()
  .transform((value) => value || undefined);

/** The form that starts a deck: a title, an optional publication date, and pasted text or a file. */
export const deckSourceFormSchema = z.object({
  title: z.string().trim().max(200, "Use at most 200 characters.").refine(hasNoNul, NUL_MESSAGE).optional(),
  published: publishedSchema,
  text: z.string().optional(),
});

export const MAX_CARDS_PER_DECK = 1000;

export const editedCardSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,120}$/, "Card keys are lowercase letters, digits and hyphens."),
  kind: z.enum(CARD_KINDS),
  prompt: z.string().trim().min(1, "A card needs a question.").max(1000, "A question has at most 1000 characters.").refine(hasNoNul, NUL_MESSAGE),
  answer: z.string().trim().min(1, "A card needs an answer.").max(2000, "An answer has at most 2000 characters.").refine(hasNoNul, NUL_MESSAGE),
  explanation: z.string().trim().max(4000).refine(hasNoNul, NUL_MESSAGE).default(""),
  sourceSentenceIds: z.array(z.number().int().min(0)).max(50).default([]),
});
export type EditedCard = z.output<typeof editedCardSchema>;

/** What the preview sends back to publish: the text again (re-split on the server) and the edited cards. */
export const publishDeckSchema = z.object({
  title: deckTitleSchema,
  published: publishedSchema,
  text: z.string(),
  cards: z
    .array(editedCardSchema)
    .min(1, "Keep at least one card.")
    .max(MAX_CARDS_PER_DECK, `A deck has at most ${MAX_CARDS_PER_DECK} cards.`)
    .refine((cards) => new Set(cards.map((card) => card.key)).size === cards.length, "Two cards share a key."),
});
export type PublishDeckInput = z.output<typeof publishDeckSchema>;

/** `?highlight=3,4`: sentence positions to mark in the passage view; anything malformed highlights nothing. */
export const highlightParamSchema = z
  .string()
  .optional()
  .transform((raw) =>
    (raw ?? "")
      .split(",")
      .slice(0, 50)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 0),
  )
  .catch([]);

/** A published card's text as its owner edits or adds it on the deck page. */
const cardTextSchema = z.object({
  prompt: editedCardSchema.shape.prompt,
  answer: editedCardSchema.shape.answer,
  explanation: z.string().trim().max(4000, "An explanation has at most 4000 characters.").refine(hasNoNul, NUL_MESSAGE).default(""),
});

/** Checkboxes arrive as "on" from a form, or as a boolean from a script; absent means unticked. */
const checkboxSchema = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")]).optional().transform((value) => value === true || value === "on" || value === "true");

export const editCardSchema = cardTextSchema.extend({
  deckSlug: slugParamSchema,
  cardId: idSchema,
  /** "This changes the answer — reset progress": every learner starts the card again. */
  resetProgress: checkboxSchema,
});
export const deleteCardSchema = z.object({ deckSlug: slugParamSchema, cardId: idSchema });
export const addCardSchema = cardTextSchema.extend({
  deckSlug: slugParamSchema,
  /** Optional sibling group: cards of one group (typed here or imported) are never studied on the same day. */
  group: z.string().trim().max(200, "A sibling group has at most 200 characters.").refine(hasNoNul, NUL_MESSAGE).default(""),
});

/** The ticked rows of a regeneration diff, as "new:<key>", "changed:<key>" or "gone:<key>". */
export const applyRegenerationSchema = z.object({
  deckSlug: slugParamSchema,
  keys: z.array(z.string().regex(/^(new|changed|gone):[a-z0-9-]{1,120}$/, "Unknown card.")).max(2 * MAX_CARDS_PER_DECK).default([]),
});
