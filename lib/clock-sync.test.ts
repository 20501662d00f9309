import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engine } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { now, resetClock } from './clock';
import { syncClockWithDatabase } from './clock-sync';

let cleanup = async () => {};
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
});
afterEach(async () => {
  resetClock();
  await cleanup();
});

describe('the clock follows the database', () => {
  it("moves now() to the database's time, measured halfway through the round trip", async () => {
    const skew = await syncClockWithDatabase(async () => Date.now() + 90_000);
    expect(Math.abs(skew - 90_000)).toBeLessThan(1_000);
    expect(Math.abs(now() - (Date.now() + 90_000))).toBeLessThan(1_000);
  });

  it('reads the real database clock on PostgreSQL (same machine here: no skew to speak of)', async () => {
    const skew = await syncClockWithDatabase();
    expect(Math.abs(skew)).toBeLessThan(engine() === 'pg' ? 1_000 : 1);
    expect(Math.abs(now() - Date.now())).toBeLessThan(1_000);
  });
});
