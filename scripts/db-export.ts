import "./load-env";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { createDatabaseClient } from "@/lib/db";
import { assertEveryModelListed, encodeRow, TABLES } from "./transfer/tables";

/**
 * `npm run db:export -- <file.jsonl>`: the whole installation DATABASE_URL names (SQLite or
 * PostgreSQL) as JSON lines, table by table in foreign-key order, read in pages so memory stays
 * flat; the last line holds each table's row count for `db:import` to check against. Stop the
 * app first (or export from a copy): pages are read one after another, not as one snapshot.
 */
const PAGE = 2000;
const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:export -- <file.jsonl>");
  process.exit(1);
}
assertEveryModelListed();
const db = createDatabaseClient();
const out = createWriteStream(file);
const write = async (line: string) => {
  if (!out.write(`${line}\n`)) await once(out, "drain");
};
const counts: Record<string, number> = {};
try {
  await write(JSON.stringify({ kind: "header", format: "kioku-export", version: 1, exportedAt: new Date().toISOString() }));
  for (const table of TABLES) {
    const delegate = db[table.model] as unknown as { findMany: (args: object) => Promise<Record<string, unknown>[]> };
    const orderBy = table.orderBy.map((column) => ({ [column]: "asc" }));
    let count = 0;
    for (let skip = 0; ; skip += PAGE) {
      const rows = await delegate.findMany({ orderBy, skip, take: PAGE });
      for (const row of rows) await write(`{"kind":"row","table":${JSON.stringify(table.name)},"row":${encodeRow(row)}}`);
      count += rows.length;
      if (rows.length < PAGE) break;
    }
    counts[table.name] = count;
  }
  await write(JSON.stringify({ kind: "counts", counts }));
  out.end();
  await once(out, "finish");
  for (const [name, count] of Object.entries(counts)) console.log(`${name.padEnd(14)} ${count}`);
  console.log(`Exported to ${file}`);
} finally {
  await db.$disconnect();
}
