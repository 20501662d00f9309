/**
 * `npm run bench`: every hot path against the framework's floor, in one run. Builds into its own
 * dist dir (BENCH_DIST_DIR, default .next-bench), seeds a fresh database (scripts/bench-setup.ts),
 * starts the production server (scripts/serve.ts) and loads it with autocannon at 50 connections:
 * a bare baseline page (root layout + one database read), the home page, search over many route/date
 * pairs, a booking's page, a paid booking's e-ticket page (where a passenger goes after paying),
 * creating a hold and paying with KAIPay (the real server actions, posted
 * as the browser's router posts them), and the bank's notification endpoint (signed, unique order
 * ids). Prints a table, writes a JSON report (BENCH_REPORT, default <dist dir>/bench-report.json),
 * then checks that no seat segment is sold twice and the ledger invariants hold (exit 1 if not).
 * Runs once per BENCH_CONFIGS entry, each on a fresh database, all in one run:
 *   sqlite:N  SQLite with WEB_CONCURRENCY=N (node:cluster on one port, one file)
 *   pg:N      PostgreSQL (a throwaway cluster with its durable defaults, fsync on) with N separate app
 *             servers on their own ports behind a round-robin balancer (scripts/bench-balancer.ts),
 *             as N machines behind a load balancer would be
 * Default "sqlite:1,sqlite:2,pg:1,pg:2"; the PostgreSQL entries are left out (with a note) when
 * PostgreSQL is not installed.
 * Knobs: BENCH_SECONDS (15 per scenario), BENCH_ROUNDS (3), BENCH_WARMUP (3), BENCH_ONLY (name
 * prefixes), BENCH_PORT (3400), BENCH_CPU_PROF (a directory for the server's .cpuprofile files).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { buildIfNeeded } from './build-if-needed';
import { serverNodeArgs } from './server-args';
import { slice, summarize, type Measured, type Slice } from './bench-load';
import type { Fixtures } from './bench-shared';
import { scenarios } from './bench-scenarios';
import { startBalancer } from './bench-balancer';
import { postgresBinDir, startCluster, type Cluster } from './pg/cluster';
import { adminQuery, databaseUrl } from './pg/template';

const DIST = process.env.BENCH_DIST_DIR || '.next-bench';
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
/**
 * Each scenario's seconds are split into rounds that take turns with the other scenarios, so noise
 * from whatever else runs on the machine falls on every scenario alike and ratios stay fair.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
type Config = { engine: 'sqlite' | 'pg'; n: number; label: string };
const CONFIGS: Config[] = (process.env.BENCH_CONFIGS ?? 'sqlite:1,sqlite:2,pg:1,pg:2')
  .split(',')
  .map((entry) => {
    const [engine, n] = entry.split(':') as ['sqlite' | 'pg', string];
    const count = Number(n ?? 1);
    const label =
      engine === 'pg'
        ? `PostgreSQL, ${count} app server${count > 1 ? 's' : ''}`
        : `SQLite, WEB_CONCURRENCY=${count}`;
    return { engine, n: count, label };
  });
const ONLY = process.env.BENCH_ONLY?.split(',');
// Inside the build directory by default: ignored by git and by prettier's check.
const REPORT = process.env.BENCH_REPORT ?? path.join(DIST, 'bench-report.json');
const CPU_PROF = process.env.BENCH_CPU_PROF; // a directory: the server writes .cpuprofile files there
const base = `http://127.0.0.1:${PORT}`;
const tsxNode = (script: string, conditions = true) => [
  ...(conditions ? ['--conditions=react-server'] : []),
  '--import',
  'tsx',
  script,
];

async function waitFor(url: string, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer ${url}`);
}

type Check = {
  problems: string[];
  doubleSold: unknown[];
  chargedTwice: unknown[];
  counts: { benchHolds: number; paidByKaipay: number; notifications: number };
};

function runChild(args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

function startServer(env: NodeJS.ProcessEnv) {
  return spawn(
    process.execPath,
    [
      ...(CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(CPU_PROF)}`] : []),
      ...serverNodeArgs(env),
      ...tsxNode('scripts/serve.ts', false),
    ],
    { env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

async function runOnce(config: Config, cluster: Cluster | undefined) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-bench-'));
  const database = `kai_bench_${Date.now().toString(36)}`;
  if (config.engine === 'pg') await adminQuery(cluster!.adminUrl, `create database ${database}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    ...(config.engine === 'pg'
      ? { DATABASE_URL: databaseUrl(cluster!.adminUrl, database) }
      : { DATABASE_PATH: path.join(dir, 'kai.db'), DATABASE_URL: '' }),
    DATA_DIR: dir,
    NEXT_DIST_DIR: DIST,
    LOG_LEVEL: 'error',
    TRUSTED_PROXIES: '127.0.0.1',
    WEB_CONCURRENCY: String(config.engine === 'sqlite' ? config.n : 1),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const fixtureFile = path.join(dir, 'fixtures.json');
  process.stdout.write(runChild(tsxNode('scripts/bench-setup.ts').concat(fixtureFile), env));
  // Statistics, as autovacuum keeps them on a database in service: right after a bulk seed the
  // planner has none and scans whole tables, and a serializable transaction that scans a table
  // conflicts with every write to it.
  if (config.engine === 'pg') await adminQuery(env.DATABASE_URL!, 'analyze');
  const fx = JSON.parse(fs.readFileSync(fixtureFile, 'utf8')) as Fixtures;
  const before = JSON.parse(runChild(tsxNode('scripts/bench-check.ts'), env)) as Check;
  // PostgreSQL with N servers: N processes on their own ports (one runs the background jobs), and
  // the balancer on the bench's port. SQLite: the one server (node:cluster inside) on that port.
  const ports = config.engine === 'pg' && config.n > 1 ? config.n : 0;
  const servers = ports
    ? Array.from({ length: ports }, (_, i) =>
        startServer({
          ...env,
          PORT: String(PORT + 1 + i),
          KAI_BACKGROUND_JOBS: i === 0 ? '1' : '0',
        }),
      )
    : [startServer(env)];
  const balancer = ports
    ? await startBalancer(
        PORT,
        servers.map((_, i) => PORT + 1 + i),
      )
    : undefined;
  const server = servers[0]!;
  const results: Measured[] = [];
  try {
    for (const port of ports ? servers.map((_, i) => PORT + 1 + i) : [PORT]) {
      await waitFor(`http://127.0.0.1:${port}/api/health`);
    }
    const chosen = scenarios(fx, DIST)
      .filter(([name]) => !ONLY || ONLY.some((o) => name.startsWith(o)))
      .map(([name, make, didWork]) => {
        let i = 0;
        return { name, next: () => make(i++), didWork, slices: [] as Slice[] };
      });
    for (let round = 0; round < ROUNDS; round++) {
      for (const s of chosen) {
        s.slices.push(
          await slice(s.next, {
            base,
            connections: CONNECTIONS,
            seconds: SECONDS / ROUNDS,
            warmupSeconds: round === 0 ? WARMUP : 0,
            serverPid: server.pid!,
            didWork: s.didWork,
          }),
        );
      }
      process.stdout.write(`  round ${round + 1}/${ROUNDS} done\n`);
    }
    for (const s of chosen) {
      const r = summarize(s.name, s.slices);
      results.push(r);
      process.stdout.write(
        `  ${s.name}: ${r.rps.toFixed(0)} req/s, p95 ${r.p95.toFixed(0)} ms ${JSON.stringify(r.statuses)}${s.didWork ? `, ${r.noWork} answers without the work done` : ''}\n`,
      );
    }
  } finally {
    balancer?.close();
    const died = servers.filter((s) => s.exitCode !== null || s.signalCode !== null);
    for (const s of servers) s.kill('SIGTERM');
    await Promise.all(
      servers.filter((s) => !died.includes(s)).map((s) => new Promise((r) => s.once('exit', r))),
    );
    // A server that died under load (out of memory, say) fails the run: its figures mean nothing.
    if (died.length > 0) throw new Error(`${died.length} server process(es) died during the run`);
  }
  const after = JSON.parse(runChild(tsxNode('scripts/bench-check.ts'), env)) as Check;
  fs.rmSync(dir, { recursive: true, force: true });
  if (config.engine === 'pg') {
    await adminQuery(cluster!.adminUrl, `drop database if exists ${database} with (force)`);
  }
  return { config, results, before, after };
}

function table(run: Awaited<ReturnType<typeof runOnce>>) {
  const baseline = run.results.find((r) => r.name === 'baseline page');
  const rows = run.results.map((r) => ({
    ...r,
    rpsRatio: baseline ? r.rps / baseline.rps : NaN,
    p95Ratio: baseline ? r.p95 / baseline.p95 : NaN,
  }));
  const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  const lines = [
    `${run.config.label}, ${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} rounds`,
    `| scenario | req/s | p50 ms | p95 ms | p99 ms | req/s ÷ baseline | p95 ÷ baseline | peak RSS MB (one server) |`,
    `|---|---|---|---|---|---|---|---|`,
    ...rows.map(
      (r) =>
        `| ${r.name} | ${f(r.rps)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.rpsRatio, 2)} | ${f(r.p95Ratio, 2)} | ${f(r.peakRssMb)} |`,
    ),
  ];
  return { rows, text: lines.join('\n') };
}

type Row = ReturnType<typeof table>['rows'][number];

/** One line per configuration, ratios to that configuration's own baseline page (for the README). */
function summaryTable(runs: { config: string; rows: Row[]; problems: string[] }[]): string {
  const f = (n: number | undefined, d = 2) =>
    n !== undefined && Number.isFinite(n) ? n.toFixed(d) : '-';
  const lines = [
    '| configuration | baseline req/s | baseline p95 ms | home p95 × | search p95 × | search req/s × | booking page p95 × | e-ticket page p95 × | hold req/s × | KAIPay pay req/s × | notification req/s × | peak RSS MB (one server) | invariants |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const run of runs) {
    const by = (prefix: string) => run.rows.find((r) => r.name.startsWith(prefix));
    const baseline = by('baseline');
    lines.push(
      `| ${run.config} | ${f(baseline?.rps, 0)} | ${f(baseline?.p95, 0)} | ${f(by('home')?.p95Ratio)} | ${f(by('search')?.p95Ratio)} | ${f(by('search')?.rpsRatio)} | ${f(by('booking')?.p95Ratio)} | ${f(by('e-ticket')?.p95Ratio)} | ${f(by('create hold')?.rpsRatio)} | ${f(by('pay')?.rpsRatio)} | ${f(by('bank')?.rpsRatio)} | ${f(Math.max(...run.rows.map((r) => r.peakRssMb)), 0)} | ${run.problems.length === 0 ? 'ok' : `${run.problems.length} violations`} |`,
    );
  }
  return lines.join('\n');
}

/** The issue's targets, as ratios to the baseline page in the same run. */
function targets(rows: Row[]): string[] {
  const by = (prefix: string) => rows.find((r) => r.name.startsWith(prefix));
  const out: string[] = [];
  const check = (label: string, ok: boolean | undefined) =>
    ok !== undefined && out.push(`${ok ? 'MET    ' : 'MISSED '} ${label}`);
  const home = by('home');
  const search = by('search');
  const pay = by('pay');
  const notify = by('bank');
  check(`home p95 ≤ 1.5× baseline (${home?.p95Ratio.toFixed(2)})`, home && home.p95Ratio <= 1.5);
  check(
    `search p95 ≤ 1.5× baseline (${search?.p95Ratio.toFixed(2)})`,
    search && search.p95Ratio <= 1.5,
  );
  check(
    `search req/s ≥ 0.6× baseline (${search?.rpsRatio.toFixed(2)})`,
    search && search.rpsRatio >= 0.6,
  );
  check(
    `KAIPay payment req/s ≥ 0.5× baseline (${pay?.rpsRatio.toFixed(2)}), every answer a payment made (${pay?.noWork} not, ${pay?.errors} errors)`,
    pay && pay.rpsRatio >= 0.5 && pay.noWork === 0 && pay.errors === 0,
  );
  check(
    `notification req/s ≥ 1× baseline (${notify?.rpsRatio.toFixed(2)})`,
    notify && notify.rpsRatio >= 1,
  );
  const rss = Math.max(...rows.map((r) => r.peakRssMb));
  check(`server RSS ≤ 400 MB (${rss.toFixed(0)})`, rss <= 400);
  return out;
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  process.env.NEXT_DIST_DIR = DIST;
  buildIfNeeded();
  let violations = 0;
  const report = [];
  const havePostgres = !!postgresBinDir();
  const configs = CONFIGS.filter((c) => c.engine === 'sqlite' || havePostgres);
  if (configs.length < CONFIGS.length) {
    process.stdout.write('PostgreSQL is not installed: its configurations are left out.\n');
  }
  // Durable defaults (fsync on), as SQLite runs with synchronous=FULL: the comparison is fair.
  const cluster = configs.some((c) => c.engine === 'pg')
    ? await startCluster({ durable: true })
    : undefined;
  try {
    for (const config of configs) {
      process.stdout.write(`\n== ${config.label} ==\n`);
      const run = await runOnce(config, cluster);
      const { rows, text } = table(run);
      const { before, after } = run;
      const done = {
        holds: after.counts.benchHolds - before.counts.benchHolds,
        payments: after.counts.paidByKaipay - before.counts.paidByKaipay,
        notifications: after.counts.notifications - before.counts.notifications,
      };
      const problems = [
        ...after.problems,
        ...after.doubleSold.map((d) => `seat segment sold twice: ${JSON.stringify(d)}`),
        ...after.chargedTwice.map((d) => `booking charged twice: ${JSON.stringify(d)}`),
      ];
      violations += problems.length;
      const goals = targets(rows);
      console.log(`\n${text}\n`);
      console.log(
        `Done by the server: ${done.holds} holds, ${done.payments} KAIPay payments, ${done.notifications} notifications stored.`,
      );
      console.log(goals.join('\n'));
      console.log(
        problems.length === 0
          ? 'Invariants: no seat segment sold twice, no booking charged twice, ledger invariants hold.'
          : `INVARIANT VIOLATIONS:\n${problems.join('\n')}`,
      );
      report.push({ config: config.label, rows, done, targets: goals, problems });
    }
  } finally {
    cluster?.stop();
  }
  fs.writeFileSync(
    REPORT,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        connections: CONNECTIONS,
        seconds: SECONDS,
        rounds: ROUNDS,
        runs: report,
      },
      null,
      2,
    ),
  );
  console.log(
    `\nAll configurations, ratios to each one's own baseline page:\n${summaryTable(report)}`,
  );
  console.log(`\nReport written to ${REPORT}.`);
  if (violations > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
