import { describe, expect, it } from "vitest";
import { decodeCardFile, MAX_IMPORT_BYTES, MAX_IMPORT_CARDS, parseCardFile } from "./card-file";
import { detectDelimiter, splitDelimited } from "./delimited";

const cards = (text: string, fileName?: string) => parseCardFile(text, fileName).cards.map(({ front, back, tags }) => [front, back, tags]);

describe("splitDelimited", () => {
  it("reads quoted fields holding commas, quotes and line breaks, and says where each record starts", () => {
    const { records, problem } = splitDelimited('a,"b, c"\r\n"line one\nline two","say ""hi"""\nlast,\n', ",");
    expect(problem).toBeNull();
    expect(records).toEqual([
      { row: 1, line: 1, fields: ["a", "b, c"] },
      { row: 2, line: 2, fields: ["line one\nline two", 'say "hi"'] },
      { row: 3, line: 4, fields: ["last", ""] },
    ]);
  });

  it("ends records at CRLF, LF or a lone CR, and keeps a trailing empty field", () => {
    expect(splitDelimited("a\rb\r\nc,", ",").records.map((record) => record.fields)).toEqual([["a"], ["b"], ["c", ""]]);
  });

  it("stops at a quote that is never closed, naming the row", () => {
    const { records, problem } = splitDelimited('ok,fine\n"broken,field\nmore', ",");
    expect(records).toHaveLength(1);
    expect(problem).toMatchObject({ row: 2, line: 2 });
  });
});

describe("detectDelimiter", () => {
  it("prefers a tab, then a lone semicolon, then a comma, ignoring quoted text", () => {
    expect(detectDelimiter("front\tback, with comma")).toBe("\t");
    expect(detectDelimiter('"a;b",c')).toBe(",");
    expect(detectDelimiter("a;b")).toBe(";");
    expect(detectDelimiter("a,b")).toBe(",");
  });
});

describe("parseCardFile", () => {
  it("takes front, back and tags, skipping a header row, a BOM and blank rows", () => {
    const text = "\uFEFFFront,Back,Tags\r\nCapital of Japan,Tokyo,geography asia\r\n\r\n  Who wrote Kokoro? , Natsume Sōseki ,\r\n,,\r\n";
    const parsed = parseCardFile(text);
    expect(parsed.headerSkipped).toBe(true);
    expect(parsed.errors).toEqual([]);
    expect(parsed.cards).toEqual([
      { row: 2, front: "Capital of Japan", back: "Tokyo", tags: ["geography", "asia"] },
      { row: 4, front: "Who wrote Kokoro?", back: "Natsume Sōseki", tags: [] },
    ]);
  });

  it("reads TSV with commas inside fields, by content or by file name", () => {
    expect(cards("2 + 2\tfour, of course\tmath")).toEqual([["2 + 2", "four, of course", ["math"]]]);
    expect(cards("single", "deck.tsv")).toEqual([]);
    expect(parseCardFile("a,b\tc", "deck.tsv").cards).toEqual([{ row: 1, front: "a,b", back: "c", tags: [] }]);
  });

  it("reads an optional fourth column as the sibling group", () => {
    const parsed = parseCardFile("front,back,tags,group\nJapan capital?,Tokyo,geo,japan\nTokyo is capital of?,Japan,,japan\nalone,yes\n");
    expect(parsed.headerSkipped).toBe(true);
    expect(parsed.cards.map((card) => card.group)).toEqual(["japan", "japan", undefined]);
  });

  it("keeps line breaks and commas inside quoted fields", () => {
    expect(cards('"Name two, please","first\nsecond",list')).toEqual([["Name two, please", "first\nsecond", ["list"]]]);
  });

  it("explains each bad row with its number and keeps the good ones", () => {
    const text = ["front,back", "ok,fine", "only one", ",no front", "no back,", "a,b,c,d,e", `${"x".repeat(1001)},y`].join("\n");
    const parsed = parseCardFile(text);
    expect(parsed.cards.map((card) => card.row)).toEqual([2]);
    expect(parsed.errors.map((error) => error.message)).toEqual([
      "Row 3 has only one column; it needs a front and a back.",
      "Row 4 has an empty front.",
      "Row 5 has an empty back.",
      expect.stringMatching(/^Row 6 has 5 columns; a row holds a front, a back and optionally tags and a sibling group/),
      "Row 7 has a front longer than 1000 characters.",
    ]);
  });

  it("numbers rows as a spreadsheet does and lines as an editor does, after multi-line fields", () => {
    const parsed = parseCardFile('a,"one\ntwo"\nb\nc,d');
    expect(parsed.errors).toEqual([{ row: 2, line: 3, message: "Row 2 has only one column; it needs a front and a back." }]);
  });

  it("honours Anki's #separator line and skips its other # lines", () => {
    const parsed = parseCardFile("#separator:tab\n#html:false\nfront, with comma\tback\n");
    expect(parsed.cards).toEqual([{ row: 3, front: "front, with comma", back: "back", tags: [] }]);
  });

  it("reports a quote never closed as a row error", () => {
    const parsed = parseCardFile('a,b\n"c,d\ne,f\n');
    expect(parsed.cards).toHaveLength(1);
    expect(parsed.errors[0]?.message).toMatch(/^Row 2: A quoted field is never closed/);
  });

  it("refuses an empty file and one with too many cards as a whole", () => {
    expect(parseCardFile("\n\n").fileError).toMatch(/no cards/);
    const many = Array.from({ length: MAX_IMPORT_CARDS + 1 }, (_, i) => `q${i},a${i}`).join("\n");
    expect(parseCardFile(many).fileError).toBe("The file has 5,001 cards; import at most 5,000 at a time.");
  });
});

describe("decodeCardFile", () => {
  it("accepts UTF-8 text and explains other files", () => {
    expect(decodeCardFile(new TextEncoder().encode("a,b"))).toEqual({ ok: true, text: "a,b" });
    expect(decodeCardFile(new Uint8Array([0x61, 0xff, 0x62]))).toMatchObject({ ok: false, message: expect.stringMatching(/not UTF-8/) });
    expect(decodeCardFile(new Uint8Array([0x50, 0x4b, 0x00, 0x03]))).toMatchObject({ ok: false, message: expect.stringMatching(/not a text file/) });
    expect(decodeCardFile(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatchObject({ ok: false, message: expect.stringMatching(/at most 1 MB/) });
  });
});
