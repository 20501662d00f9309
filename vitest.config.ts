import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
    // Integration tests open their own temporary SQLite files; forks keep native handles apart.
    pool: 'forks',
    env: { LOG_LEVEL: 'warn' },
    testTimeout: 30_000,
    server: { deps: { inline: ['server-only'] } },
    alias: { 'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only-stub.ts') },
  },
});
