import "./load-env";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { replayState, schedulerSettingsOf } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import { getSchedulingSettings } from "@/features/card-state/data";
import { LOG_ORDER } from "@/features/card-state/log";
import { historyFromRows, memoryFromRow } from "@/core/scheduling";
import { db } from "@/lib/db";
import { assertEveryModelListed, decodeRow, TABLES } from "./transfer/tables";

/**
 * `npm run db:import -- <file.jsonl>`: loads a `db:export` file into the migrated, empty database
 * DATABASE_URL names (either engine), streaming, in the file's foreign-key order. Then it checks
 * what arrived: every table's row count against the file's, and every card's memory state
 * against the state its review log replays to (core/scheduling), so a lost or reordered review
 * cannot pass unnoticed. Exit code 1 on any difference.
 */
const BATCH = 500;
const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:import -- <file.jsonl>   (into an empty, migrated database)");
  process.exit(1);
}
assertEveryModelListed();
type Delegate = { createMany: (args: { data: object[] }) => Promise<unknown>; count: () => Promise<number> };
const delegateOf = (name: string): Delegate => {
  const table = TABLES.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`${file}: unknown table ${name}`);
  return db[table.model] as unknown as Delegate;
};

for (const table of TABLES) {
  if ((await delegateOf(table.name).count()) > 0) {
    console.error(`error: the target database already holds ${table.name} rows; import only into an empty, migrated database`);
    process.exit(1);
  }
}

let expected: Record<string, number> | null = null;
let pending: { table: string; rows: object[] } | null = null;
const flush = async () => {
  if (pending && pending.rows.length > 0) await delegateOf(pending.table).createMany({ data: pending.rows });
  pending = null;
};
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line.trim() === "") continue;
  const parsed = decodeRow(line) as { kind: string; table?: string; row?: object; counts?: Record<string, number>; format?: string };
  if (parsed.kind === "header" && parsed.format !== "kioku-export") throw new Error(`${file} is not a Kioku export`);
  if (parsed.kind === "counts") expected = parsed.counts ?? null;
  if (parsed.kind !== "row" || !parsed.table || !parsed.row) continue;
  if (pending && (pending.table !== parsed.table || pending.rows.length >= BATCH)) await flush();
  pending ??= { table: parsed.table, rows: [] };
  pending.rows.push(parsed.row);
}
await flush();

let problems = 0;
if (!expected) {
  console.error(`error: ${file} has no closing counts line; it was cut short`);
  problems += 1;
}
for (const table of TABLES) {
  const count = await delegateOf(table.name).count();
  const want = expected?.[table.name] ?? 0;
  if (count !== want) problems += 1;
  console.log(`${table.name.padEnd(14)} ${String(count).padStart(8)} ${count === want ? "ok" : `EXPECTED ${want}`}`);
}

// Every card state must be what its log replays to under its owner's settings for that deck.
let checked = 0;
for (let skip = 0; ; skip += BATCH) {
  const states = await db.cardState.findMany({ orderBy: { id: "asc" }, skip, take: BATCH });
  for (const state of states) {
    const logs = await db.reviewLog.findMany({ where: { userId: state.userId, cardId: state.cardId }, orderBy: [...LOG_ORDER], select: { rating: true, reviewedAt: true, nextDue: true } });
    const replayed = replayState(historyFromRows(logs), schedulerSettingsOf(await getSchedulingSettings(state.userId as UserId, state.deckId)));
    const stored = memoryFromRow(state);
    const same = replayed === null ? stored.reps === 0 : JSON.stringify(replayed) === JSON.stringify(stored);
    if (!same) {
      problems += 1;
      console.error(`card state ${state.id} (user ${state.userId}, card ${state.cardId}) differs from its replayed review log`);
    }
    checked += 1;
  }
  if (states.length < BATCH) break;
}
console.log(`${checked} card states recomputed from their review logs`);
console.log(problems === 0 ? "Import verified." : `${problems} difference(s): the import is NOT verified.`);
await db.$disconnect();
process.exit(problems === 0 ? 0 : 1);
