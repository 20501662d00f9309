import { defineConfig } from 'vitest/config';
import path from 'node:path';

// The PostgreSQL run (scripts/test-pg.ts sets DATABASE_URL) adds the tests that need both engines
// side by side, such as the schema-parity test.
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
const suites = ['lib', 'db', 'scripts', 'app'];

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: suites.flatMap((dir) =>
      onPostgres ? [`${dir}/**/*.test.ts`, `${dir}/**/*.pg-test.ts`] : [`${dir}/**/*.test.ts`],
    ),
    environment: 'node',
    // Integration tests open their own temporary databases; forks keep native handles apart.
    pool: 'forks',
    env: { LOG_LEVEL: 'warn' },
    testTimeout: 30_000,
    server: { deps: { inline: ['server-only'] } },
    alias: { 'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only-stub.ts') },
  },
});
