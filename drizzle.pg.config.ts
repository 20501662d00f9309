import { defineConfig } from 'drizzle-kit';

// The PostgreSQL twin of drizzle.config.ts: `drizzle-kit generate --config drizzle.pg.config.ts`
// writes db/pg/migrations from db/pg/schema (no database needed to generate).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/pg/schema/index.ts',
  out: './db/pg/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost/kai' },
  strict: true,
});
