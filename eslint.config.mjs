import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

/*
 * Next's and typescript-eslint's recommended rules, and the layer rules that name imports
 * (.dependency-cruiser.cjs checks the ones that follow the module graph). `npm test` runs both.
 */

/** Which engine runs is lib's business: these names tell features and core. */
const ENGINE_QUERIES = [
  { name: "@/lib/db", importNames: ["databaseEngine", "onSqliteHandle", "sqliteConnectionOf", "engineOfClient"], message: "Features do not branch on the engine: use a store or helper in lib/." },
  { name: "@/lib/config", importNames: ["databaseEngineOf"], message: "Features do not branch on the engine: use a store or helper in lib/." },
];
const ENGINE_DRIVERS = ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "@/lib/sqlite/*", "@/lib/postgres/*", "@/lib/prisma/*"];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  ...tseslint.configs.recommended,
  globalIgnores([".next/**", ".next-*/**", "lib/generated/**", "public/**", "next-env.d.ts", ".test-output/**", "playwright-report/**", "test-results/**", "data/**"]),
  {
    rules: {
      // `_`-prefixed names are deliberately unused (a destructured field left out, say).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Playwright's fixtures call their `use` argument, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    /*
     * The React Compiler's rules (eslint-plugin-react-hooks 7) flag patterns the client components
     * used before them: state set in an effect after mount (the browser's time zone, a timer),
     * refs read during render for the outbox. Each needs its own change, checked in a browser;
     * until then they are reported as warnings, not errors.
     */
    files: ["**/*.tsx", "features/**/components/*.ts", "components/**/*.ts"],
    rules: {
      "react-hooks/set-state-in-effect": "warn",
      "react-hooks/refs": "warn",
      "react-hooks/immutability": "warn",
    },
  },
  {
    files: ["features/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ENGINE_QUERIES,
          patterns: [{ group: ENGINE_DRIVERS, message: "Features call lib's stores, never an engine's driver or store directly." }],
        },
      ],
    },
  },
  {
    // Tests beside the code may read their fixture files.
    files: ["core/**/*.{ts,tsx}"],
    ignores: ["core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react/*", "react-dom", "@prisma/*", "@/lib/*", "@/features/*", "@/app/*", "node:*", "server-only", ...ENGINE_DRIVERS],
              message: "core/ is pure TypeScript: no framework, I/O or engine.",
            },
          ],
        },
      ],
    },
  },
]);
