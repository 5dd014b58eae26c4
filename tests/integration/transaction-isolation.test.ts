import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const email = () => `isolation-${randomBytes(4).toString("hex")}@kioku.test`;

/**
 * Opens an interactive transaction that writes a user (with `insideEmail`) and then waits: runs
 * `meanwhile` while it is open, then lets the transaction roll back. Returns what `meanwhile`
 * sent, settled only after the rollback.
 */
async function duringTransactionThatRollsBack<T>(insideEmail: string, meanwhile: () => Promise<T>): Promise<T> {
  let release!: () => void;
  const paused = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const inTransaction = new Promise<void>((resolve) => (started = resolve));
  const failing = db
    .$transaction(async (tx) => {
      await tx.user.create({ data: { email: insideEmail, name: "Rolled back", passwordHash: "x" } });
      started();
      await paused;
      throw new Error("roll back");
    })
    .catch((error: Error) => error.message);
  await inTransaction;
  const sent = meanwhile();
  // Give the outside query every chance to run while the transaction is open.
  await new Promise((resolve) => setTimeout(resolve, 50));
  release();
  expect(await failing).toBe("roll back");
  return sent;
}

/**
 * One process, one SQLite connection: while an interactive transaction waits on an await, other
 * requests keep querying. Their writes must not land inside that transaction (and vanish when it
 * rolls back), and they must not read what it has not committed.
 */
describe("interactive transactions and concurrent queries", () => {
  beforeAll(async () => {
    await db.user.count(); // connected before the first transaction, as in a running app
  });

  it("keeps another request's write when a transaction rolls back", async () => {
    const outside = email();
    // Prisma queries are lazy: `then` sends it now, as an `await` in a request handler would.
    await duringTransactionThatRollsBack(email(), () => db.user.create({ data: { email: outside, name: "Outside", passwordHash: "x" } }).then((user) => user.id));
    expect(await db.user.count({ where: { email: outside } })).toBe(1);
  });

  it("does not let another request read a transaction's uncommitted rows", async () => {
    const inside = email();
    expect(await duringTransactionThatRollsBack(inside, () => db.user.count({ where: { email: inside } }).then((count) => count))).toBe(0);
  });
});
