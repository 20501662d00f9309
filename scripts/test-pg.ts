/**
 * `npm run test:unit:pg [-- vitest args]`: the unit and integration suite on PostgreSQL. Starts a
 * throwaway cluster (or uses PG_TEST_ADMIN_URL), migrates a template database once, and runs Vitest
 * with DATABASE_URL set, so every test's openTempDb() gets its own copy of the template.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { HOW_TO_GET_POSTGRES, postgresBinDir, startCluster } from './pg/cluster';
import { createMigratedDatabase, databaseUrl } from './pg/template';

export async function withPostgres<T>(run: (adminUrl: string) => Promise<T> | T): Promise<T> {
  if (process.env.PG_TEST_ADMIN_URL) return run(process.env.PG_TEST_ADMIN_URL);
  const cluster = await startCluster();
  const stop = () => cluster.stop();
  process.on('SIGINT', () => (stop(), process.exit(130)));
  try {
    return await run(cluster.adminUrl);
  } finally {
    stop();
  }
}

export async function runUnitOnPostgres(args: string[]): Promise<number> {
  return withPostgres(async (adminUrl) => {
    await createMigratedDatabase(adminUrl, 'kai_template');
    const result = spawnSync(
      process.execPath,
      [path.join('node_modules', 'vitest', 'vitest.mjs'), 'run', ...args],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          PG_TEST_ADMIN_URL: adminUrl,
          // Selects the engine; each test's openTempDb() points it at a fresh copy of the template.
          DATABASE_URL: databaseUrl(adminUrl, 'kai_no_test_database_opened'),
        },
      },
    );
    return result.status ?? 1;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.env.PG_TEST_ADMIN_URL && !postgresBinDir()) {
    process.stderr.write(`${HOW_TO_GET_POSTGRES}\n`);
    process.exit(1);
  }
  runUnitOnPostgres(process.argv.slice(2)).then(
    (status) => process.exit(status),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
