/**
 * `npm run bench:search`: starts the production server on a freshly seeded database (all trains,
 * today..H+45), loads the search page with autocannon at 50 connections over a spread of routes and
 * dates, measures a bare baseline route in the same run, and prints p50/p95 and requests/s with
 * the ratio. Target: search p95 <= 1.5 x baseline p95.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { buildIfNeeded } from './build-if-needed';
import { fillSeats } from './bench-occupancy';

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 50;
const base = `http://127.0.0.1:${PORT}`;

function wibDateIn(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

const ROUTES = [
  ['GMR', 'YK'],
  ['GMR', 'SBI'],
  ['BD', 'SGU'],
  ['GMR', 'BD'],
  ['PSE', 'ML'],
  ['CN', 'SLO'],
  ['GMR', 'ML'],
  ['YK', 'GMR'],
  ['SMT', 'GMR'],
  ['KYA', 'JG'],
];
const DAYS = [1, 10, 30, 44];
const searchPaths = ROUTES.flatMap(([from, to]) =>
  DAYS.map(
    (d) =>
      `/search?${new URLSearchParams({ from: from!, to: to!, date: wibDateIn(d), adults: '2', infants: '0' })}`,
  ),
);

async function waitFor(url: string, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer ${url}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Loads `paths` round-robin; latencies are recorded per response, so p95 is exact. */
async function load(name: string, paths: string[]) {
  const requests = paths.map((p) => ({ path: p }));
  // Warm-up so JIT and caches settle before measuring.
  await autocannon({ url: base, connections: 10, duration: 3, requests });
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections: CONNECTIONS, duration: DURATION, requests },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    name,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    rps: result.requests.average,
  };
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  buildIfNeeded();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-bench-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_PATH: path.join(dir, 'kai.db'),
      DATA_DIR: dir,
      SKIP_BUILD: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitFor(`${base}/api/health`);
    const held = fillSeats(path.join(dir, 'kai.db'), DAYS.map(wibDateIn));
    console.log(
      `Seeded database, with about 30% of seats held on the searched dates (${held} seat segments).`,
    );
    const bare = await load('bare route (/api/ping)', ['/api/ping']);
    const baseline = await load('baseline page (/, same shell and form)', ['/']);
    const search = await load(`search (${searchPaths.length} route/date pairs)`, searchPaths);
    const rows = [bare, baseline, search].map(
      (r) =>
        `${r.name.padEnd(42)} p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   ${Math.round(r.rps)} req/s`,
    );
    const ratio = search.p95 / baseline.p95;
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s each\n${rows.join('\n')}`);
    console.log(
      `p95 ratio search / baseline page: ${ratio.toFixed(2)} (target <= 1.5) ${ratio <= 1.5 ? 'MET' : 'NOT MET'}`,
    );
    console.log(
      `p95 ratio search / bare route:    ${(search.p95 / bare.p95).toFixed(2)} (for reference: the cost of rendering any page)`,
    );
  } finally {
    server.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
