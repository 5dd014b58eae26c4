import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

/**
 * "Tomorrow" for one user without moving the server's clock (which every other test shares):
 * every instant stored about the user's studying moves the same number of hours into the past,
 * which is exactly what the passing of that time looks like to the app. Both engines.
 */
const port = process.env.KIOKU_E2E_PORT ?? "3100";

const COLUMNS: Record<string, string[]> = {
  ReviewLog: ["reviewedAt", "due", "nextDue", "createdAt"],
  CardState: ["due", "lastReview", "buriedUntil"],
};

export async function moveUserThroughTime(email: string, hours: number): Promise<void> {
  const url = readFileSync(path.join(process.cwd(), ".test-output", `e2e-${port}.database-url`), "utf8").trim();
  const shiftMs = hours * 3_600_000;
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length));
    try {
      const user = db.prepare(`SELECT "id" FROM "User" WHERE "email" = ?`).get(email) as { id: string };
      db.transaction(() => {
        for (const [table, columns] of Object.entries(COLUMNS)) {
          const rows = db.prepare(`SELECT "id", ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}" WHERE "userId" = ?`).all(user.id) as Record<string, string | null>[];
          const update = db.prepare(`UPDATE "${table}" SET ${columns.map((c) => `"${c}" = ?`).join(", ")} WHERE "id" = ?`);
          for (const row of rows) {
            // Stored as Prisma's adapter writes them: ISO text with "+00:00".
            const moved = columns.map((c) => (row[c] === null ? null : new Date(new Date(row[c]!).getTime() - shiftMs).toISOString().replace("Z", "+00:00")));
            update.run(...moved, row.id);
          }
        }
      })();
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [email]);
    for (const [table, columns] of Object.entries(COLUMNS)) {
      const set = columns.map((c) => `"${c}" = "${c}" - ($2 || ' milliseconds')::interval`).join(", ");
      await client.query(`UPDATE "${table}" SET ${set} WHERE "userId" = $1`, [rows[0]!.id, String(shiftMs)]);
    }
  } finally {
    await client.end();
  }
}
