import { detectDelimiter, splitDelimited, type Delimiter } from "./delimited";

/**
 * Cards from a CSV or TSV file: front, back and optional tags per row. Parsing only: nothing
 * here writes. Every bad row gets its row number and the reason; good rows are kept.
 */

export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_CARDS = 5000;
export const MAX_FRONT_CHARS = 1000;
export const MAX_BACK_CHARS = 2000;
const MAX_TAGS = 20;
const MAX_TAG_CHARS = 60;

export interface ImportedCard {
  row: number;
  front: string;
  back: string;
  tags: string[];
  /** The optional fourth column: cards with the same group are siblings (kept apart when studying). */
  group?: string;
}

export interface ImportRowError {
  /** The spreadsheet row (1-based, blank rows and the header included). */
  row: number;
  /** The text-editor line the row starts on. */
  line: number;
  message: string;
}

export interface ParsedCardFile {
  delimiter: Delimiter;
  headerSkipped: boolean;
  cards: ImportedCard[];
  errors: ImportRowError[];
  /** A problem with the whole file (unreadable, too many cards), or null. */
  fileError: string | null;
}

const HEADER_NAMES = new Set(["front", "back", "tags", "question", "answer", "tag", "group"]);
const MAX_GROUP_CHARS = 200;
const DELIMITER_NAMES: Record<string, Delimiter> = { tab: "\t", comma: ",", semicolon: ";" };

function isHeader(fields: string[]): boolean {
  const names = fields.map((field) => field.trim().toLowerCase());
  return names.length >= 2 && names.every((name) => HEADER_NAMES.has(name));
}

/** Anki's text export starts with "#separator:tab"-style lines; they are settings, not cards. */
function readDirectives(text: string): { delimiter: Delimiter | null; skippedLines: number; rest: string } {
  let delimiter: Delimiter | null = null;
  let skippedLines = 0;
  let offset = 0;
  while (text.startsWith("#", offset)) {
    const end = text.indexOf("\n", offset);
    const lineText = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, "");
    const match = /^#separator:(\w+)$/i.exec(lineText.trim());
    if (match) delimiter = DELIMITER_NAMES[match[1]!.toLowerCase()] ?? delimiter;
    skippedLines += 1;
    offset = end < 0 ? text.length : end + 1;
  }
  return { delimiter, skippedLines, rest: text.slice(offset) };
}

function parseTags(raw: string): { tags: string[] } | { error: string } {
  const tags = [...new Set(raw.split(/[\s,]+/).filter((tag) => tag.length > 0))];
  if (tags.length > MAX_TAGS) return { error: `has ${tags.length} tags; a card can have at most ${MAX_TAGS}.` };
  const long = tags.find((tag) => tag.length > MAX_TAG_CHARS);
  if (long) return { error: `has a tag longer than ${MAX_TAG_CHARS} characters.` };
  return { tags };
}

function describeColumns(count: number): string {
  return `has ${count} columns; a row holds a front, a back and optionally tags and a sibling group (4 columns at most). Put a field that contains the separator in double quotes.`;
}

/** `fileName` picks TSV for ".tsv"/".tab"; otherwise the first line decides. */
export function parseCardFile(input: string, fileName = ""): ParsedCardFile {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const directives = readDirectives(text);
  const delimiter = directives.delimiter ?? (/\.(tsv|tab)$/i.test(fileName) ? "\t" : detectDelimiter(directives.rest));
  const { records, problem } = splitDelimited(directives.rest, delimiter);
  const shift = directives.skippedLines;
  const result: ParsedCardFile = { delimiter, headerSkipped: false, cards: [], errors: [], fileError: null };

  for (const [index, record] of records.entries()) {
    const row = record.row + shift;
    const line = record.line + shift;
    const fields = record.fields;
    if (fields.every((field) => field.trim() === "")) continue;
    if (index === 0 && isHeader(fields)) {
      result.headerSkipped = true;
      continue;
    }
    const reject = (message: string) => result.errors.push({ row, line, message: `Row ${row} ${message}` });
    if (fields.length > 4) {
      reject(describeColumns(fields.length));
      continue;
    }
    const front = fields[0]!.trim();
    const back = (fields[1] ?? "").trim();
    if (fields.length < 2) reject("has only one column; it needs a front and a back.");
    else if (!front) reject("has an empty front.");
    else if (!back) reject("has an empty back.");
    else if (front.length > MAX_FRONT_CHARS) reject(`has a front longer than ${MAX_FRONT_CHARS} characters.`);
    else if (back.length > MAX_BACK_CHARS) reject(`has a back longer than ${MAX_BACK_CHARS} characters.`);
    else if ((fields[3] ?? "").trim().length > MAX_GROUP_CHARS) reject(`has a group longer than ${MAX_GROUP_CHARS} characters.`);
    else {
      const tags = parseTags(fields[2] ?? "");
      if ("error" in tags) reject(tags.error);
      else {
        const group = (fields[3] ?? "").trim();
        result.cards.push({ row, front, back, tags: tags.tags, ...(group ? { group } : {}) });
      }
    }
  }
  if (problem) {
    const row = problem.row + shift;
    result.errors.push({ row, line: problem.line + shift, message: `Row ${row}: ${problem.message} Nothing after it could be read.` });
  }
  if (result.cards.length > MAX_IMPORT_CARDS) {
    result.fileError = `The file has ${result.cards.length.toLocaleString("en-US")} cards; import at most ${MAX_IMPORT_CARDS.toLocaleString("en-US")} at a time.`;
  } else if (result.cards.length === 0 && result.errors.length === 0) {
    result.fileError = "The file has no cards: each row needs a front and a back.";
  }
  return result;
}

export type DecodedFile = { ok: true; text: string } | { ok: false; message: string };

/** The upload as text: at most 1 MB of UTF-8, or a message saying what to do instead. */
export function decodeCardFile(bytes: Uint8Array): DecodedFile {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, message: `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; import at most 1 MB at a time (split the file).` };
  }
  if (bytes.includes(0)) return { ok: false, message: "This is not a text file. Save the spreadsheet as CSV (UTF-8) or tab-separated text." };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: "The file is not UTF-8 text. Save it as “CSV UTF-8” (or UTF-8 tab-separated text) and upload it again." };
  }
}
