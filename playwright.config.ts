import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// HAVEN_E2E_PORT lets two runs on one machine (two developers' sessions, say) not collide.
const PORT = Number(process.env.HAVEN_E2E_PORT ?? 3107);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// The project's Node 24 (the `node` devDependency), whatever node runs Playwright itself.
const node = existsSync('node_modules/.bin/node') ? './node_modules/.bin/node' : 'node';

// A fresh data directory (and so a fresh embedded PostgreSQL with demo data) for every run. It lives
// outside test-results/, which Playwright empties at the start of a run while the server is starting.
const dataDir = process.env.HAVEN_E2E_DATA_DIR ?? join(tmpdir(), `haven-e2e-${Date.now()}`);
process.env.HAVEN_E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL: BASE_URL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium: Playwright never downloads a browser here.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `${node} node_modules/vite/bin/vite.js build --logLevel warn && ${node} src/cli/haven.ts start`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    // SIGTERM lets Haven stop its embedded PostgreSQL; the default SIGKILL would leave it running.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      HAVEN_DATA_DIR: dataDir,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      HAVEN_DEMO: '1',
      // Links in mail must point at the address the browser uses, or cookies would not match.
      HAVEN_PUBLIC_URL: BASE_URL,
      HAVEN_LOG_LEVEL: 'warn',
    },
  },
});
