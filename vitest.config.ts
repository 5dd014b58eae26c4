import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests run in a time zone with daylight saving and a non-zero offset, so code that
// forgets to pass a time zone fails loudly instead of passing by luck on a UTC machine.
process.env.TZ = "America/New_York";

// Integration tests get a real SQLite file made fresh for this run (migrated in global-setup).
process.env.KIOKU_TEST_DATABASE_URL ??= `file:${path.join(os.tmpdir(), `kioku-integration-${process.pid}-${Date.now()}.db`)}`;

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests call the data layer directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["core/**/*.test.ts", "features/**/*.test.ts", "lib/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          testTimeout: 20_000,
          // A beforeAll that generates a whole deck loads the tagger cold: 10 s is too tight on a busy 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          env: { DATABASE_URL: process.env.KIOKU_TEST_DATABASE_URL },
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/support/one-query-per-connection.ts"],
          // One database file for the run: files take turns so they never race on it.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
