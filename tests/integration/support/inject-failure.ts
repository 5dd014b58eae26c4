import { databaseEngine, type Database } from "@/lib/db";

/**
 * Makes the database itself refuse a write (a BEFORE trigger that aborts) so a test can check
 * that a transaction leaves nothing behind. `condition` is SQL over OLD/NEW that both engines
 * read alike, e.g. `OLD."cardId" = 'c1'`. Returns the function that removes it again.
 */
export async function injectFailure(
  db: Database,
  name: string,
  event: "INSERT" | "UPDATE" | "DELETE",
  table: string,
  condition: string,
): Promise<() => Promise<void>> {
  if (databaseEngine === "postgresql") {
    const row = event === "DELETE" ? "OLD" : "NEW";
    await db.$executeRawUnsafe(
      `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF ${condition} THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN ${row}; END $$`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER "${name}" BEFORE ${event} ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${name}"()`);
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER "${name}" ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION "${name}"()`);
    };
  }
  await db.$executeRawUnsafe(
    `CREATE TRIGGER "${name}" BEFORE ${event} ON "${table}" WHEN ${condition} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER "${name}"`);
  };
}
