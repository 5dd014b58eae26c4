import { z } from "zod";
import { GRADES } from "@/core/scheduling";

export const reviewInputSchema = z.object({
  cardId: z.string().min(1).max(64),
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
});
export type ReviewInput = z.output<typeof reviewInputSchema>;
