/** A failure the user can fix; its message is printed as is, without a stack trace. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Engine errors carry Prisma's error code (P3005, P1014, ...), which the Prisma docs index. */
export function errorCode(error: Error): string | undefined {
  const code: unknown = "code" in error ? error.code : undefined;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

/**
 * Engine errors may span many lines: the first non-empty one says what went wrong, and a failed
 * migration's span trace below it (`with migration_name="..."`) says where.
 */
export function describeError(error: unknown): string {
  if (error instanceof MigrationError) return error.message;
  if (!(error instanceof Error)) return String(error);
  // SQLite's "busy" reaches the wasm engine as a driver error it has no name for (SocketTimeout).
  if (/SocketTimeout|SQLITE_BUSY|database is locked/.test(error.message)) {
    return "the database is busy: another process holds it (is Kioku already running on it?). Stop that process and run this again.";
  }
  const firstLine = error.message.split("\n").find((line) => line.trim() !== "")?.trim() ?? error.name;
  const migration = /migration_name="([^"]+)"/.exec(error.message)?.[1];
  const code = errorCode(error);
  return `${code ? `${code}: ` : ""}${firstLine}${migration ? ` (in migration ${migration})` : ""}`;
}
