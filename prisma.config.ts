import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` here (see prisma/migrate.ts for migrations), so the
// URL is a fallback that keeps generate working without an environment.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/kioku.db" },
});
