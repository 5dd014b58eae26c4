"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { decodeCardFile, MAX_IMPORT_BYTES, parseCardFile, type ImportedCard, type ImportRowError } from "@/core/import/card-file";
import { getCurrentUser } from "@/features/account/session";
import { createImportedDeck } from "./mutations";
import { confirmImportSchema, importTitleSchema } from "./schema";

export interface ImportPreview {
  title: string;
  fileName: string;
  /** The decoded file, sent back on confirm and parsed again there. */
  text: string;
  delimiter: "comma" | "tab" | "semicolon";
  headerSkipped: boolean;
  cardCount: number;
  /** The first cards, to check the columns came out right. */
  sample: ImportedCard[];
  errors: ImportRowError[];
  fileError: string | null;
}

export type ImportPreviewState = { status: "idle" } | { status: "error"; message: string } | { status: "ready"; preview: ImportPreview };

const SAMPLE_SIZE = 20;
const ALLOWED_FILE = /\.(csv|tsv|tab|txt)$/i;
const DELIMITER_NAMES = { ",": "comma", "\t": "tab", ";": "semicolon" } as const;
const SIGNED_OUT = "Your session has ended. Please sign in again.";

function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, "").replace(/[_-]+/g, " ").trim();
  return base.slice(0, 120) || "Imported cards";
}

/** Reads and checks an uploaded CSV/TSV file and shows what would be imported; writes nothing. */
export async function previewImportAction(_previous: ImportPreviewState, formData: FormData): Promise<ImportPreviewState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: SIGNED_OUT };
  const title = importTitleSchema.safeParse(formData.get("title") ?? undefined);
  if (!title.success) return { status: "error", message: z.prettifyError(title.error) };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", message: "Choose a CSV or TSV file to import." };
  if (!ALLOWED_FILE.test(file.name)) return { status: "error", message: "Upload a .csv, .tsv or .txt file." };
  if (file.size > MAX_IMPORT_BYTES) return { status: "error", message: "The file is larger than 1 MB; split it and import the parts." };
  const decoded = decodeCardFile(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { status: "error", message: decoded.message };

  const parsed = parseCardFile(decoded.text, file.name);
  return {
    status: "ready",
    preview: {
      title: title.data || titleFromFileName(file.name),
      fileName: file.name,
      text: decoded.text,
      delimiter: DELIMITER_NAMES[parsed.delimiter],
      headerSkipped: parsed.headerSkipped,
      cardCount: parsed.cards.length,
      sample: parsed.cards.slice(0, SAMPLE_SIZE),
      errors: parsed.errors,
      fileError: parsed.fileError,
    },
  };
}

export type ConfirmImportResult = { ok: false; message: string };

/** Imports the previewed file into a new deck of the user's, all or nothing, then opens the deck. */
export async function confirmImportAction(raw: unknown): Promise<ConfirmImportResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: SIGNED_OUT };
  const input = confirmImportSchema.safeParse(raw);
  if (!input.success) return { ok: false, message: z.prettifyError(input.error) };
  // The client's preview is never trusted: the same pure parser runs again on the same text.
  const parsed = parseCardFile(input.data.text, input.data.fileName);
  if (parsed.fileError) return { ok: false, message: parsed.fileError };
  if (parsed.errors.length > 0) {
    const count = parsed.errors.length;
    return { ok: false, message: `${count} ${count === 1 ? "row has" : "rows have"} problems; fix them and upload the file again. Nothing was imported.` };
  }
  const { slug } = await createImportedDeck(user.id, input.data.title, parsed.cards);
  redirect(`/decks/${slug}`);
}
