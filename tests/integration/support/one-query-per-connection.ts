import { afterAll, expect } from "vitest";

/**
 * A transaction is one connection. Queries sent to it in parallel (a `Promise.all` over `tx`) are
 * queued by pg with a deprecation warning, and pg 9 will refuse them; on SQLite they would simply
 * run in turn, so only the PostgreSQL run can see this. Node warns once per process, so the test
 * file that first does it fails here.
 */
const overlapping: string[] = [];
process.on("warning", (warning) => {
  if (warning.message.includes("already executing a query")) overlapping.push(warning.stack ?? warning.message);
});

afterAll(() => {
  expect(overlapping, "queries sent in parallel on one connection (see the stack for where)").toEqual([]);
});
