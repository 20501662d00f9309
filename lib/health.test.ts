import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb } from '@/db';
import { openTempDb, type TempDb } from '@/lib/testing/temp-db';
import { health } from './health';

let tmp: TempDb;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  tmp = await openTempDb();
  cleanup = tmp.cleanup;
});
afterEach(async () => {
  await cleanup();
});

describe('health', () => {
  it('reports the database up with every migration of its engine applied', async () => {
    const report = await health();
    expect(report.migrations.expected).toBeGreaterThan(0);
    expect(report).toEqual({
      ok: true,
      database: 'up',
      migrations: {
        applied: report.migrations.expected,
        expected: report.migrations.expected,
        current: true,
      },
    });
  });

  it('reports the database down when it cannot be reached', async () => {
    const saved = { path: process.env.DATABASE_PATH, url: process.env.DATABASE_URL };
    await closeDb();
    // SQLite pointed at a directory instead of a file; PostgreSQL at a port nothing listens on.
    if (saved.url) process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:1/none';
    else process.env.DATABASE_PATH = tmp.dir;
    try {
      expect(await health()).toMatchObject({ ok: false, database: 'down' });
    } finally {
      await closeDb();
      if (saved.url) process.env.DATABASE_URL = saved.url;
      else process.env.DATABASE_PATH = saved.path!;
    }
  });
});
