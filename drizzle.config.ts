import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/sqlite/schema/index.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_PATH ?? 'data/kai.db' },
  strict: true,
});
