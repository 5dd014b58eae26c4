import { z } from "zod";

/**
 * PostgreSQL refuses the NUL character in text columns (SQLite stores it), so every free-text
 * field refuses it at the edge: both engines then answer bad input the same way, with a message.
 */
export const hasNoNul = (text: string) => !text.includes("\u0000");
export const NUL_MESSAGE = "Remove the invisible NUL character from this text.";

/** Record ids as Prisma makes them (cuid): letters, digits, '-' and '_' only. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Malformed id.");
