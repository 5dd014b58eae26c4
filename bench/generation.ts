import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { splitFrontMatter } from "@/core/content/front-matter";
import { generateDeck } from "@/core/generation";

/**
 * Generation speed: the seed article, and articles of growing size built from the seed and the
 * second fixture article, to show how time grows with size (near-linear is the aim).
 */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(text: string, referenceDate: string, runs: number): { ms: number; cards: number } {
  let cards = 0;
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    cards = generateDeck({ text, referenceDate }).cards.length;
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), cards };
}

function articleOfSize(paragraphs: string[], bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    out.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return out.join("\n\n");
}

export function benchGeneration(): void {
  const root = process.cwd();
  const seed = splitFrontMatter(readFileSync(path.join(root, "content", "central-asia-plus-japan.md"), "utf8"));
  const fixtureDir = path.join(root, "tests", "fixtures", "articles");
  const second = readFileSync(path.join(fixtureDir, "second-article.md"), "utf8");
  const paragraphs = [seed.body, splitFrontMatter(second).body]
    .flatMap((body) => body.split(/\n\s*\n/))
    .filter((paragraph) => paragraph.trim() && !paragraph.startsWith("[^"));

  time(seed.body, "2012-11-28", 3); // warm-up: JIT and lazily built tables
  const seedRun = time(seed.body, "2012-11-28", 15);
  console.log("\n## Generation");
  console.log(`seed article (${(Buffer.byteLength(seed.body) / 1024).toFixed(1)} KB): ${seedRun.ms.toFixed(1)} ms median of 15, ${seedRun.cards} cards`);

  const sizes = [10, 25, 50, 100];
  const rows = sizes.map((kb) => {
    const text = articleOfSize(paragraphs, kb * 1024);
    return { kb, ...time(text, "2012-11-28", kb >= 50 ? 3 : 5) };
  });
  console.log("size    time       ms/KB   cards");
  for (const row of rows) {
    console.log(`${String(row.kb).padStart(4)} KB ${row.ms.toFixed(1).padStart(8)} ms ${(row.ms / row.kb).toFixed(2).padStart(7)} ${String(row.cards).padStart(7)}`);
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const growth = last.ms / first.ms / (last.kb / first.kb);
  console.log(`growth: ${last.kb / first.kb}x the size took ${(last.ms / first.ms).toFixed(1)}x the time (ratio ${growth.toFixed(2)}; 1.00 is linear)`);
}
