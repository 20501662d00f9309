import 'server-only';
import { appliedMigrations, expectedMigrations, getDb } from '@/db';

export type Health = {
  ok: boolean;
  database: 'up' | 'down';
  migrations: { applied: number; expected: number; current: boolean };
};

/** Whether the database answers and every committed migration has been applied. */
export function health(): Health {
  const expected = expectedMigrations();
  try {
    const db = getDb();
    db.$client.prepare('select 1').get();
    const applied = appliedMigrations(db);
    return {
      ok: applied === expected,
      database: 'up',
      migrations: { applied, expected, current: applied === expected },
    };
  } catch {
    return { ok: false, database: 'down', migrations: { applied: 0, expected, current: false } };
  }
}
