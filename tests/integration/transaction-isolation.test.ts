import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const email = () => `isolation-${randomBytes(4).toString("hex")}@kioku.test`;

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
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inTransaction = new Promise<void>((resolve) => (started = resolve));
    const failing = db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { email: email(), name: "Rolled back", passwordHash: "x" } });
        started();
        await paused;
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    await inTransaction;
    // Prisma queries are lazy: `then` sends it now, as an `await` in a request handler would.
    const write = db.user.create({ data: { email: outside, name: "Outside", passwordHash: "x" } }).then((user) => user.id);
    // Give the outside write every chance to run while the transaction is open.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await failing).toBe("roll back");
    await write;
    expect(await db.user.count({ where: { email: outside } })).toBe(1);
  });

  it("does not let another request read a transaction's uncommitted rows", async () => {
    const inside = email();
    let release!: () => void;
    const paused = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inTransaction = new Promise<void>((resolve) => (started = resolve));
    const failing = db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { email: inside, name: "Uncommitted", passwordHash: "x" } });
        started();
        await paused;
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    await inTransaction;
    const read = db.user.count({ where: { email: inside } }).then((count) => count);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await failing;
    expect(await read).toBe(0);
  });
});
