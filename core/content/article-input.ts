/** Largest article an instructor may paste or upload, in bytes of UTF-8. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type ArticleInputProblem = "empty" | "tooLarge" | "binary";

export const ARTICLE_INPUT_MESSAGES: Record<ArticleInputProblem, string> = {
  empty: "The article is empty. Paste its text or choose a .md or .txt file.",
  tooLarge: "The article is larger than 1 MB. Split it into shorter parts and make a deck from each.",
  binary: "That does not look like text. Upload the article as a .md or .txt file, not a PDF, Word or image file.",
};

/**
 * Checks raw bytes of an uploaded article: a NUL byte or invalid UTF-8 means a binary file
 * (PDF, .docx, an image) was sent where text was expected.
 */
export function checkArticleBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: ArticleInputProblem } {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) return { ok: false, problem: "tooLarge" };
  if (bytes.includes(0)) return { ok: false, problem: "binary" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: "binary" };
  }
  return checkArticleText(text);
}

/** Checks pasted text: not blank, not over the size limit, no control characters of binary data. */
export function checkArticleText(text: string): { ok: true; text: string } | { ok: false; problem: ArticleInputProblem } {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (new TextEncoder().encode(normalised).byteLength > MAX_ARTICLE_BYTES) return { ok: false, problem: "tooLarge" };
  if (normalised.trim().length === 0) return { ok: false, problem: "empty" };
  // Text has tabs and newlines; other C0 controls in any number mean binary data pasted or renamed.
  if (normalised.includes("\u0000")) return { ok: false, problem: "binary" };
  const controls = normalised.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g)?.length ?? 0;
  if (controls > 0 && controls / normalised.length > 0.001) return { ok: false, problem: "binary" };
  return { ok: true, text: normalised };
}
