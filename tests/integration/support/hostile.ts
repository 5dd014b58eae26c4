import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import type { z } from "zod";
import pg from "pg";
import { databaseEngineOf, sqliteFilePath } from "@/lib/config";

/** Text that has broken other apps: markup, script, direction overrides, invisible and unpaired code units. */
export const HOSTILE_TEXT = [
  `<script>alert("x")</script>`,
  `<img src=x onerror="alert(1)">`,
  `"><svg onload=alert(1)>`,
  "\u202Etxt.exe",
  "a\u200Bb\u200C\u200D\uFEFFc",
  "\uD800",
  "\uDFFF lone low",
  "nul\u0000byte",
  "' OR 1=1; DROP TABLE \"User\"; --",
  "../../../etc/passwd",
  "𝕂𝕚𝕠𝕜𝕦 👩🏽‍🚀 ﷽",
  "x".repeat(1_000_001),
] as const;

/** Values that are the wrong shape for most fields; each is kept only where the schema refuses it. */
const BAD_VALUES: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  "",
  " ",
  [],
  [null],
  {},
  { $gt: "" },
  { __proto__: { polluted: true } },
  "9".repeat(400),
  new Date(Number.NaN),
  ...HOSTILE_TEXT,
];

/** Whole payloads that are not the expected object at all. */
export const NOT_AN_OBJECT: unknown[] = [undefined, null, 0, "", "<script>", [], [{}], true, JSON.parse('{"__proto__":{"admin":true}}')];

type Path = (string | number)[];

function leafPaths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.length ? [prefix, ...leafPaths(value[0], [...prefix, 0])] : [prefix];
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const paths = Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...prefix, key]));
    return prefix.length ? [prefix, ...paths] : paths;
  }
  return [prefix];
}

function withValue(base: unknown, path: Path, value: unknown, hostileOthers: boolean, seed: number): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  if (hostileOthers) {
    let n = seed;
    for (const other of leafPaths(base)) {
      if (other.join(".") === path.join(".") || typeof get(copy, other) !== "string") continue;
      set(copy, other, HOSTILE_TEXT[n++ % HOSTILE_TEXT.length]);
    }
  }
  if (value === undefined) remove(copy, path);
  else set(copy, path, value);
  return copy;
}

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], root);
}

function set(root: Record<string | number, unknown>, path: Path, value: unknown): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}

function remove(root: Record<string | number, unknown>, path: Path): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown>;
  delete parent[path[path.length - 1]!];
}

/**
 * Malformed payloads for one input schema: every field (nested ones too) missing or replaced by
 * each bad value, with hostile text in every other text field. The schema itself is the oracle:
 * only payloads it refuses are kept, so each must be refused by the operation as well.
 */
export function malformedPayloads(schema: z.ZodType, base: unknown): unknown[] {
  if (!schema.safeParse(base).success) throw new Error(`The base payload must be valid: ${JSON.stringify(base).slice(0, 200)}`);
  const payloads: unknown[] = [...NOT_AN_OBJECT];
  let seed = 0;
  for (const path of leafPaths(base)) {
    for (const value of BAD_VALUES) {
      for (const hostileOthers of [false, true]) {
        const payload = withValue(base, path, value, hostileOthers, seed++);
        if (!schema.safeParse(payload).success) payloads.push(payload);
      }
    }
  }
  return payloads;
}

/** A digest of every row of every table, so "changed nothing" is checked on what the database holds. */
export async function databaseDigest(databaseUrl: string, exceptTables: string[] = []): Promise<string> {
  if (databaseEngineOf(databaseUrl) === "postgresql") return postgresqlDigest(databaseUrl, exceptTables);
  const sqlite = new Database(sqliteFilePath(databaseUrl), { readonly: true });
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    const hash = createHash("sha256");
    for (const { name } of tables) {
      if (exceptTables.includes(name)) continue;
      hash.update(`\u0000${name}\u0000`);
      for (const row of sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
    }
    return hash.digest("hex");
  } finally {
    sqlite.close();
  }
}

/** Every row as JSON text in the database's own sort order, table by table, over a plain connection. */
async function postgresqlDigest(databaseUrl: string, exceptTables: string[]): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const hash = createHash("sha256");
    for (const { name } of tables.rows) {
      if (exceptTables.includes(name)) continue;
      hash.update(`\u0000${name}\u0000`);
      const rows = await client.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${name}" t ORDER BY 1`);
      for (const row of rows.rows) hash.update(row.j);
    }
    return hash.digest("hex");
  } finally {
    await client.end();
  }
}
