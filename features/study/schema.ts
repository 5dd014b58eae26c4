import { z } from "zod";
import { idSchema } from "@/lib/validation";
import { GRADES } from "@/core/scheduling";

export const reviewInputSchema = z.object({
  cardId: idSchema,
  rating: z.union(GRADES.map((grade) => z.literal(grade)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>], {
    error: "Rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).",
  }),
  /** Made by the client per answer; a retry of the same answer reuses it. */
  idempotencyKey: z
    .string()
    .min(8)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, "Idempotency key must be 8-100 letters, digits, '-' or '_'."),
  /** Time from showing the card to answering, in ms; capped at an hour so a forgotten tab does not skew stats. */
  durationMs: z
    .number()
    .int()
    .min(0)
    .transform((ms) => Math.min(ms, 3_600_000)),
  /**
   * The card's `reps` as the answering screen showed it (0 if never answered). If it has moved on
   * since (another tab answered first) the answer is refused as a conflict instead of stacking a
   * second review on a state the learner never saw. Omitted by callers that read and grade at once.
   */
  expectedReps: z.number().int().min(0).max(1_000_000).optional(),
});
export type ReviewInput = z.output<typeof reviewInputSchema>;

/** The most answers one batch carries: a day's offline study of one deck fits in a few. */
export const MAX_BATCH_ANSWERS = 200;

/**
 * One answer given on a device, possibly offline: no expected state (the server grades it on top
 * of whatever it holds, another device's answers included) but the time it was given.
 */
export const batchAnswerSchema = reviewInputSchema.omit({ expectedReps: true }).extend({
  answeredAt: z.iso.datetime({ offset: true }).transform((text) => new Date(text)),
  /**
   * The card's `reps` in the state the device graded from. Never a reason to refuse (the answer
   * was given; it goes on top of what the server holds), but when it differs the reply says the
   * card moved, and the device takes the server's state.
   */
  baseReps: z.number().int().min(0).max(1_000_000).optional(),
});
export type BatchAnswerInput = z.output<typeof batchAnswerSchema>;

export const reviewBatchSchema = z.object({
  answers: z.array(batchAnswerSchema).min(1).max(MAX_BATCH_ANSWERS, `Send at most ${MAX_BATCH_ANSWERS} answers at once.`),
});

const deckSlugSchema = z.string().min(1).max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Undo takes the deck the study screen shows; the server picks the user's own latest entry in it. */
export const undoInputSchema = z.object({ deckSlug: deckSlugSchema });

/** The study screen asks for its deck's next view when a learning card's step comes. */
export const studyViewInputSchema = z.object({ deckSlug: deckSlugSchema });

export const CARD_COMMANDS = ["forget", "suspend", "unsuspend", "bury", "unbury"] as const;
export type CardCommand = (typeof CARD_COMMANDS)[number];

export const cardCommandSchema = z.object({
  cardId: idSchema,
  command: z.enum(CARD_COMMANDS, { error: "Unknown card command." }),
  /** The study screen wants its next view back; the card-info page does not. */
  withView: z.boolean().default(false),
});
