import "./load-env";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { databaseEngineOf, readDatabaseUrl } from "@/lib/config";
import { createDatabaseClient } from "@/lib/db";
import { exportInstallation } from "./transfer/export";
import { assertEveryModelListed } from "./transfer/tables";

/**
 * `npm run db:export -- <file.jsonl>`: the whole installation DATABASE_URL names (SQLite or
 * PostgreSQL) as JSON lines, table by table in foreign-key order, from one snapshot (see
 * transfer/export.ts), so it can run while the app serves; the last line holds each table's row
 * count for `db:import` to check against.
 */
const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:export -- <file.jsonl>");
  process.exit(1);
}
assertEveryModelListed();
const databaseUrl = readDatabaseUrl();
const db = createDatabaseClient(databaseUrl);
const out = createWriteStream(file);
const write = async (line: string) => {
  if (!out.write(`${line}\n`)) await once(out, "drain");
};
try {
  const counts = await exportInstallation(db, databaseEngineOf(databaseUrl) ?? "sqlite", write);
  out.end();
  await once(out, "finish");
  for (const [name, count] of Object.entries(counts)) console.log(`${name.padEnd(14)} ${count}`);
  console.log(`Exported to ${file}`);
} finally {
  await db.$disconnect();
}
