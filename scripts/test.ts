/**
 * `npm test`: every check, on both engines. Lint and types first, then the unit and integration
 * suite on SQLite, then (with a throwaway PostgreSQL cluster, see scripts/pg/cluster.ts) the same
 * suite on PostgreSQL, then the Playwright suite against a production server on each engine.
 * Without PostgreSQL installed it says how to get it and runs the SQLite half; CI sets
 * REQUIRE_POSTGRES=1 so a missing PostgreSQL fails the run instead.
 */
import { spawnSync } from 'node:child_process';
import { HOW_TO_GET_POSTGRES, postgresBinDir } from './pg/cluster';
import { runUnitOnPostgres, withPostgres } from './test-pg';

function step(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): void {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${name} failed after ${seconds} s\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✔ ${name} (${seconds} s)\n`);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const sqliteOnly: Record<string, string> = { DATABASE_URL: '' };

step('lint', npm, ['run', 'lint']);
step('typecheck', npm, ['run', 'typecheck']);
step('unit + integration on SQLite', npm, ['run', 'test:unit'], sqliteOnly);

const havePostgres = !!process.env.PG_TEST_ADMIN_URL || !!postgresBinDir();
if (!havePostgres) {
  process.stderr.write(`\n⚠ ${HOW_TO_GET_POSTGRES}\n⚠ Running the SQLite half only.\n`);
  if (process.env.REQUIRE_POSTGRES === '1') process.exit(1);
  step('end-to-end on SQLite', npm, ['run', 'test:e2e'], sqliteOnly);
  process.exit(0);
}

await withPostgres(async (adminUrl) => {
  process.env.PG_TEST_ADMIN_URL = adminUrl;
  const started = Date.now();
  process.stdout.write('\n▶ unit + integration on PostgreSQL\n');
  const status = await runUnitOnPostgres([]);
  if (status !== 0) {
    process.stderr.write('\n✖ unit + integration on PostgreSQL failed\n');
    process.exit(status);
  }
  process.stdout.write(
    `✔ unit + integration on PostgreSQL (${Math.round((Date.now() - started) / 1000)} s)\n`,
  );
  step('end-to-end on SQLite', npm, ['run', 'test:e2e'], sqliteOnly);
  // On the cluster already running (test:e2e:pg uses PG_TEST_ADMIN_URL when it is set).
  step('end-to-end on PostgreSQL', npm, ['run', 'test:e2e:pg']);
});
