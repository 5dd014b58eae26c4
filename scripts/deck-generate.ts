// Prints the deck generated from an article, for review or diffing:
//   tsx scripts/deck-generate.ts <file.md|file.txt> [--format json|md]
// JSON is stable and pretty-printed (the same file gives the same bytes); --format md prints a
// review sheet. Exit codes: 0 ok, 2 bad usage or unusable input (missing, empty, binary).

import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { splitFrontMatter } from "../core/content/front-matter";
import { generateDeck, type GeneratedDeck } from "../core/generation/index";
import type { QuizQuestion } from "../core/generation/types";

const USAGE = "usage: tsx scripts/deck-generate.ts <file.md|file.txt> [--format json|md]";

class UsageError extends Error {}

interface Options {
  file: string;
  format: "json" | "md";
}

function parseArgs(argv: readonly string[]): Options {
  let file: string | undefined;
  let format: Options["format"] = "json";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg.includes("=") ? arg.slice("--format=".length) : argv[++i];
      if (value !== "json" && value !== "md") throw new UsageError(`--format must be json or md, got ${value ?? "nothing"}`);
      format = value;
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (file === undefined) throw new UsageError("no input file given");
  return { file, format };
}

function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new UsageError(`${file} is not a file`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: no such file or not readable`);
  }
  if (bytes.length === 0) throw new UsageError(`${file} is empty`);
  // Binary files hold NUL bytes or are not UTF-8; neither is an article.
  if (bytes.includes(0)) throw new UsageError(`${file} looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text`);
  }
  if (text.trim().length === 0) throw new UsageError(`${file} is empty`);
  return text;
}

function build(file: string, source: string): { deck: GeneratedDeck; referenceDate?: string } {
  if (path.extname(file).toLowerCase() === ".md") {
    const { published, title, body } = splitFrontMatter(source);
    const referenceDate = published;
    return { deck: generateDeck({ text: body, ...(referenceDate ? { referenceDate } : {}), ...(title ? { title } : {}) }), ...(referenceDate ? { referenceDate } : {}) };
  }
  return { deck: generateDeck({ text: source }) };
}

function asJson(file: string, deck: GeneratedDeck, referenceDate: string | undefined): string {
  const output = { source: path.basename(file), referenceDate: referenceDate ?? null, cards: deck.cards, questions: deck.questions };
  return `${JSON.stringify(output, null, 2)}\n`;
}

function asMarkdown(file: string, deck: GeneratedDeck, referenceDate: string | undefined): string {
  const lines = [`# Deck review: ${path.basename(file)}`, ""];
  lines.push(`Reference date: ${referenceDate ?? "none"}. ${deck.sentences.length} sentences, ${deck.cards.length} cards, ${deck.questions.length} questions.`, "");
  lines.push("## Cards", "");
  deck.cards.forEach((card, i) => {
    lines.push(`${i + 1}. **${card.prompt}**`, `   - Answer: ${card.answer}`, `   - Kind: ${card.kind}; sentences ${card.sourceSentenceIds.join(", ")}; key \`${card.key}\``);
  });
  lines.push("", "## Questions", "");
  deck.questions.forEach((question, i) => {
    lines.push(`${i + 1}. **${question.prompt}** (${question.type})`, ...questionLines(question).map((l) => `   - ${l}`));
  });
  return `${lines.join("\n")}\n`;
}

function questionLines(q: QuizQuestion): string[] {
  switch (q.type) {
    case "multipleChoice":
      return q.options.map((option, i) => `${i === q.correctIndex ? "[x]" : "[ ]"} ${option}`);
    case "trueFalse":
      return [`${q.statement} -> ${q.answer ? "true" : "false"}`];
    case "timeline":
      return q.order.map((id) => q.items.find((item) => item.id === id)!).map((item) => `${item.date.value}: ${item.label}`);
    case "matching":
      return q.left.map((left, i) => `${left} <-> ${q.right[q.pairs[i]!]}`);
    case "listRecall":
      return q.items;
    case "typed":
      return [`Answer: ${q.answer.value}${q.answer.kind === "date" ? ` (${q.answer.iso})` : ""}; also accepted: ${q.answer.accepted.join(" | ")}`];
  }
}

function main(argv: readonly string[]): number {
  try {
    const options = parseArgs(argv);
    const source = readArticle(options.file);
    const { deck, referenceDate } = build(options.file, source);
    process.stdout.write(options.format === "md" ? asMarkdown(options.file, deck, referenceDate) : asJson(options.file, deck, referenceDate));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`deck-generate: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
