import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/validation";
import { MAX_IMPORT_BYTES } from "@/core/import/card-file";
import { deckTitleSchema } from "@/features/deck/schema";

/** What the preview sends back to confirm: the file's text again (re-parsed on the server) and the title. */
export const confirmImportSchema = z.object({
  title: deckTitleSchema,
  fileName: z.string().max(255).default(""),
  text: z
    .string()
    .refine((text) => new TextEncoder().encode(text).byteLength <= MAX_IMPORT_BYTES, "The file is larger than 1 MB; split it and import the parts.")
    .refine(hasNoNul, "That file has NUL characters in it, so it is not a text file."),
});
export type ConfirmImportInput = z.output<typeof confirmImportSchema>;

export const importTitleSchema = z.string().trim().max(200, "Use at most 200 characters.").refine(hasNoNul, NUL_MESSAGE).optional();
