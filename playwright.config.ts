import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Each run gets its own database and data directory, so tests always start from a fresh seed.
const runDir = process.env.E2E_RUN_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kai-e2e-'));
process.env.E2E_RUN_DIR = runDir;
const PORT = Number(process.env.E2E_PORT ?? 3100);
// SQLite by default; scripts/e2e.ts sets E2E_DATABASE_URL to run the same suite on PostgreSQL. Specs
// that look into the database read DATABASE_URL / DATABASE_PATH from their own environment.
const database: Record<string, string> = process.env.E2E_DATABASE_URL
  ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
  : { DATABASE_PATH: path.join(runDir, 'kai.db') };
if (!process.env.E2E_DATABASE_URL) delete process.env.DATABASE_URL;
Object.assign(process.env, database);
import { E2E_ADMIN_PASSWORD } from './e2e/support/constants';

export default defineConfig({
  testDir: './e2e',
  // *.pg-spec.ts need PostgreSQL itself (two servers sharing one database): the PostgreSQL run only.
  testMatch: process.env.E2E_DATABASE_URL ? ['**/*.spec.ts', '**/*.pg-spec.ts'] : ['**/*.spec.ts'],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'npx tsx scripts/start.ts',
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      ...database,
      DATA_DIR: runDir,
      ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      // Every spec registers and books from 127.0.0.1: the per-address limits (tested on their own
      // in lib/auth and lib/booking) would otherwise cut a full run short.
      REGISTRATIONS_PER_IP_HOUR: '1000',
      HOLDS_PER_IP_HOUR: '1000',
    },
  },
});
