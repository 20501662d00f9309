/**
 * `npm run test:e2e:pg [-- playwright args]`: the Playwright suite against a production server on
 * PostgreSQL (a throwaway cluster, or PG_TEST_ADMIN_URL), including the *.pg-spec.ts files.
 */
import { spawnSync } from 'node:child_process';
import { HOW_TO_GET_POSTGRES, postgresBinDir } from './pg/cluster';
import { withPostgres } from './test-pg';

if (!process.env.PG_TEST_ADMIN_URL && !postgresBinDir()) {
  process.stderr.write(`${HOW_TO_GET_POSTGRES}\n`);
  process.exit(1);
}
const status = await withPostgres((adminUrl) => {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/e2e.ts', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        PG_TEST_ADMIN_URL: adminUrl,
        E2E_ENGINE: 'pg',
        E2E_PORT: process.env.E2E_PORT ?? '3110',
        E2E_OUTPUT_DIR: process.env.E2E_OUTPUT_DIR ?? 'test-results/postgres',
      },
    },
  );
  return result.status ?? 1;
});
process.exit(status);
