import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.KIOKU_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * Playwright's own browser downloads are not reachable everywhere (nor here), so Debian's
 * Chromium is used when present. PLAYWRIGHT_CHROMIUM_PATH overrides it; unset and absent,
 * Playwright falls back to its own installed browser.
 */
const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  // Per port, so two suites running at once never clean up each other's artifacts.
  outputDir: `.test-output/playwright-${port}`,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, grepInvert: /@phone/ },
    { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/ },
  ],
  webServer: {
    command: "npx tsx e2e/support/serve.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // A build (plus the service worker step) on a busy machine can pass four minutes.
    timeout: 360_000,
    stdout: "pipe",
    env: { KIOKU_E2E_PORT: String(port) },
  },
});
