import { z } from "zod";

/** Card ids as they appear in URLs (cuids; seeded and generated ids are the same alphabet). */
export const cardIdParamSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
