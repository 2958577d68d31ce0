import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a browser downloaded by Playwright (see scripts/ensure-chromium.mjs).
const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // One server and one seeded database for all specs: run them one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // The machine is shared (2 cores, argon2 on every sign-in): allow slow answers, never flaky ones.
  expect: { timeout: 15_000 },
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/sign-in`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM (not the default SIGKILL) lets the server script remove its temporary database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
