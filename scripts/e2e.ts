/**
 * `npm run test:e2e`: finds a Chromium, builds the app when needed, and runs Playwright against the
 * production server on a fresh temporary database (see playwright.config.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildIfNeeded } from './build-if-needed';
import { checkFirstLoadJs, FIRST_LOAD_BUDGET_KB } from './first-load-js';
import { adminQuery, databaseUrl } from './pg/template';

function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c): c is string => !!c && fs.existsSync(c));
}

const chromium = findChromium();
if (!chromium) {
  process.stderr.write(
    "No Chromium found: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.\n",
  );
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium;
process.env.NEXT_TELEMETRY_DISABLED = '1';
buildIfNeeded();
// The JavaScript budget per passenger route (issue 13), read from the build just made.
const overBudget = checkFirstLoadJs();
if (overBudget.length > 0) {
  process.stderr.write(
    `First-load JS over ${FIRST_LOAD_BUDGET_KB} kB gzipped: ${overBudget.map((r) => `${r.route} ${r.kb.toFixed(1)} kB`).join(', ')}\n`,
  );
  process.exit(1);
}
if (process.env.E2E_ENGINE === 'pg') {
  // A fresh, empty database on the cluster the caller started; the server migrates and seeds it.
  const adminUrl = process.env.PG_TEST_ADMIN_URL;
  if (!adminUrl) {
    process.stderr.write('E2E_ENGINE=pg needs PG_TEST_ADMIN_URL (npm test starts a cluster).\n');
    process.exit(1);
  }
  const name = `kai_e2e_${Date.now().toString(36)}`;
  await adminQuery(adminUrl, `create database ${name}`);
  process.env.E2E_DATABASE_URL = databaseUrl(adminUrl, name);
}
const result = spawnSync(
  process.execPath,
  [path.join('node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: process.env,
  },
);
process.exit(result.status ?? 1);
