import { z } from "zod";

/** Deck slugs as they appear in URLs. */
export const slugParamSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
