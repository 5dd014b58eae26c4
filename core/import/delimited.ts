/**
 * RFC 4180 records from CSV or TSV text: fields split on the delimiter, double-quoted fields may
 * hold delimiters, quotes ("" inside quotes) and line breaks; CRLF, LF and lone CR all end a
 * record. A quote inside an unquoted field is kept as text, as spreadsheets write it.
 */

export type Delimiter = "," | "\t" | ";";

export interface DelimitedRecord {
  /** 1-based record number: the row a spreadsheet shows, counting blank rows. */
  row: number;
  /** 1-based line the record starts on, for text editors (differs after multi-line fields). */
  line: number;
  fields: string[];
}

export interface DelimitedProblem {
  row: number;
  line: number;
  message: string;
}

export interface DelimitedResult {
  records: DelimitedRecord[];
  /** Set when the text could not be read to its end. */
  problem: DelimitedProblem | null;
}

export function splitDelimited(text: string, delimiter: Delimiter): DelimitedResult {
  const records: DelimitedRecord[] = [];
  const length = text.length;
  let i = 0;
  let line = 1;
  let row = 0;
  while (i < length) {
    row += 1;
    const startLine = line;
    const fields: string[] = [];
    let field = "";
    let ended = false;
    while (!ended) {
      if (text[i] === '"') {
        // Quoted field: runs to the next lone quote.
        i += 1;
        for (;;) {
          if (i >= length) return { records, problem: { row, line: startLine, message: "A quoted field is never closed: a double quote (\") is missing." } };
          const char = text[i]!;
          if (char === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line += 1;
          field += char;
          i += 1;
        }
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== "\n" && next !== "\r") {
          return { records, problem: { row, line: startLine, message: "Text follows a closing double quote; write a quote inside a quoted field as two quotes (\"\")." } };
        }
      } else {
        let end = i;
        while (end < length && text[end] !== delimiter && text[end] !== "\n" && text[end] !== "\r") end += 1;
        field = text.slice(i, end);
        i = end;
      }
      fields.push(field);
      field = "";
      const char = text[i];
      if (char === delimiter) {
        i += 1;
        // A delimiter at the very end still opens one last, empty field.
        if (i >= length) {
          fields.push("");
          ended = true;
        }
        continue;
      }
      ended = true;
      if (char === "\r") i += text[i + 1] === "\n" ? 2 : 1;
      else if (char === "\n") i += 1;
      if (char !== undefined) line += 1;
    }
    records.push({ row, line: startLine, fields });
  }
  return { records, problem: null };
}

/** Tab when the first line has a tab outside quotes, else semicolon if it has one and no comma, else comma. */
export function detectDelimiter(text: string): Delimiter {
  let inQuotes = false;
  let commas = 0;
  let semicolons = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === "\n" || char === "\r")) break;
    else if (!inQuotes && char === "\t") return "\t";
    else if (!inQuotes && char === ",") commas += 1;
    else if (!inQuotes && char === ";") semicolons += 1;
  }
  return semicolons > 0 && commas === 0 ? ";" : ",";
}
