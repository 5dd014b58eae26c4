import type { Database, DatabaseEngine } from "@/lib/db";
import { encodeRow, TABLES } from "./tables";

const PAGE = 2000;
// Long enough for a large installation; the snapshot is only read, never written.
const SNAPSHOT_TIMEOUT_MS = 60 * 60_000;

/**
 * Writes the whole installation `db` holds as JSON lines (header, rows table by table in
 * foreign-key order, then each table's row count), read in pages so memory stays flat, all
 * inside one read transaction: one snapshot, so answers given while it runs are either wholly in
 * the export (log row and card state) or wholly not. `afterTable` is for tests.
 */
export async function exportInstallation(
  db: Database,
  engine: DatabaseEngine,
  write: (line: string) => Promise<void>,
  afterTable: (name: string) => Promise<void> = async () => {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  // SQLite: a deferred transaction's first read fixes its snapshot (WAL), and Serializable is the
  // only level the adapter takes. PostgreSQL: Repeatable Read reads one snapshot throughout.
  // (`db` is typed as the SQLite client, which names only Serializable; the PostgreSQL client behind
  // that type takes RepeatableRead.)
  const isolationLevel = (engine === "postgresql" ? "RepeatableRead" : "Serializable") as "Serializable";
  await db.$transaction(
    async (tx) => {
      await write(JSON.stringify({ kind: "header", format: "kioku-export", version: 1, exportedAt: new Date().toISOString() }));
      for (const table of TABLES) {
        const delegate = tx[table.model] as unknown as { findMany: (args: object) => Promise<Record<string, unknown>[]> };
        const orderBy = table.orderBy.map((column) => ({ [column]: "asc" }));
        let count = 0;
        for (let skip = 0; ; skip += PAGE) {
          const rows = await delegate.findMany({ orderBy, skip, take: PAGE });
          for (const row of rows) await write(`{"kind":"row","table":${JSON.stringify(table.name)},"row":${encodeRow(row)}}`);
          count += rows.length;
          if (rows.length < PAGE) break;
        }
        counts[table.name] = count;
        await afterTable(table.name);
      }
      await write(JSON.stringify({ kind: "counts", counts }));
    },
    { isolationLevel, timeout: SNAPSHOT_TIMEOUT_MS, maxWait: 60_000 },
  );
  return counts;
}
