import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Makes sure AUTH_SECRET is set. A missing one is generated once and kept in .env.local (never
 * committed), so sessions survive restarts without a secret living in the repository.
 */
export function ensureAuthSecret(root: string = process.cwd()): void {
  if (process.env.AUTH_SECRET) return;
  const secret = randomBytes(32).toString("base64url");
  const file = path.join(root, ".env.local");
  const needsNewline = existsSync(file) && !readFileSync(file, "utf8").endsWith("\n");
  appendFileSync(file, `${needsNewline ? "\n" : ""}AUTH_SECRET=${secret}\n`, { mode: 0o600 });
  process.env.AUTH_SECRET = secret;
  console.log("Generated AUTH_SECRET and kept it in .env.local (set AUTH_SECRET yourself to choose one).");
}
