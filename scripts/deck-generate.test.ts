import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = path.join(ROOT, "scripts", "deck-generate.ts");
const scratch = mkdtempSync(path.join(tmpdir(), "deck-generate-"));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: "buffer", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString("utf8") };
}

describe("scripts/deck-generate.ts", () => {
  it("prints the same JSON bytes on every run", () => {
    const first = run("content/central-asia-plus-japan.md");
    const second = run("content/central-asia-plus-japan.md");
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    expect(Buffer.compare(first.stdout, second.stdout)).toBe(0);
    const deck = JSON.parse(first.stdout.toString("utf8")) as { referenceDate: string; cards: Array<{ prompt: string; answer: string }>; questions: unknown[] };
    expect(deck.referenceDate).toBe("2012-11-28");
    expect(deck.cards.some((c) => /Tashkent/.test(c.prompt) && c.answer === "26 August 2004")).toBe(true);
    expect(deck.questions.length).toBeGreaterThan(0);
  }, 120_000);

  it("prints a Markdown review sheet with --format md", () => {
    const result = run("tests/fixtures/articles/second-article.md", "--format", "md");
    expect(result.status).toBe(0);
    const sheet = result.stdout.toString("utf8");
    expect(sheet).toMatch(/^# Deck review: second-article\.md/);
    expect(sheet).toMatch(/## Cards/);
    expect(sheet).toMatch(/## Questions/);
    expect(sheet).toMatch(/\[x\]/);
  }, 60_000);

  it("reads a plain text file", () => {
    const file = path.join(scratch, "note.txt");
    writeFileSync(file, "The bridge opened in May 1890. A year later, it was painted red.");
    const result = run(file);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.toString("utf8")).referenceDate).toBeNull();
  }, 60_000);

  it.each([
    ["a missing file", () => path.join(scratch, "missing.md"), /cannot read/],
    ["an empty file", () => writeTo("empty.md", ""), /is empty/],
    ["a whitespace-only file", () => writeTo("blank.txt", "  \n\n"), /is empty/],
    ["binary content", () => writeTo("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff])), /binary/],
  ])("rejects %s with exit code 2 and a clear message", (_name, makeFile, message) => {
    const result = run(makeFile());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(result.stdout.length).toBe(0);
  }, 60_000);

  it("rejects a bad --format", () => {
    const result = run("content/central-asia-plus-japan.md", "--format", "xml");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--format must be json or md/);
  }, 60_000);
});

function writeTo(name: string, content: string | Buffer): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}
