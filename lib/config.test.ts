import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { derivePostgresqlSchema } from "@/prisma/postgresql-schema";
import { databaseEngineOf, readDatabaseUrl, sqliteFilePath } from "./config";

describe("DATABASE_URL", () => {
  it("names SQLite with file: and PostgreSQL with postgres:// or postgresql://, nothing else", () => {
    expect(databaseEngineOf("file:./data/kioku.db")).toBe("sqlite");
    expect(databaseEngineOf("postgresql://kioku:pw@db:5432/kioku")).toBe("postgresql");
    expect(databaseEngineOf("postgres://kioku@db/kioku")).toBe("postgresql");
    expect(databaseEngineOf("mysql://kioku@db/kioku")).toBeNull();
    expect(() => readDatabaseUrl({ ...process.env, DATABASE_URL: "mysql://kioku@db/kioku" })).toThrow(/SQLite file URL .* or a postgresql:\/\/ URL/);
    expect(readDatabaseUrl({ ...process.env, DATABASE_URL: " postgresql://kioku@db/kioku " })).toBe("postgresql://kioku@db/kioku");
  });

  it("never turns a PostgreSQL URL into a SQLite file path", () => {
    expect(sqliteFilePath("file:/tmp/k.db?mode=rwc")).toBe("/tmp/k.db");
    expect(() => sqliteFilePath("postgresql://kioku:pw@db/kioku")).toThrow(/PostgreSQL/);
  });
});

describe("the derived PostgreSQL schema", () => {
  const sqlite = readFileSync(path.resolve(import.meta.dirname, "../prisma/schema.prisma"), "utf8");
  const derived = derivePostgresqlSchema(sqlite);

  it("changes only the provider and the client's output, keeping every model line", () => {
    expect(derived).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(derived).toContain('output       = "../prisma-postgresql"');
    const body = (text: string) => text.split("\n").filter((line) => !/provider\s*=|output\s*=|^\/\/ GENERATED/.test(line));
    expect(body(derived)).toEqual(body(sqlite));
  });

  it("refuses a schema whose datasource is not the SQLite one it knows how to swap", () => {
    expect(() => derivePostgresqlSchema(sqlite.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/provider = "sqlite"/);
  });
});
