import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { row } from '@/db';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { auditPage } from './audit';
import { passengersPage } from './passengers';
import { stationsPage } from './stations';
import { createTrain, trainsPage } from './trains';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(async () => {
  await tmp.cleanup();
});

const view = <S extends string>(
  sort: S,
  filters: Record<string, string> = {},
  dir: 'asc' | 'desc' = 'asc',
) => ({ page: 1, sort, dir, filters });
const adminId = async () =>
  (await row<{ id: number }>(sql`select id from users where role = 'admin'`))!.id;

// The same answers on SQLite and PostgreSQL: searches ignore case on both (PostgreSQL's `like`
// does not), typed wildcards are literal, and a sort puts NULLs where SQLite always did.
describe('admin table searches and sorts', () => {
  it('matches names, emails and stations whatever the case, and takes % and _ literally', async () => {
    const names = async (q: string) =>
      (await passengersPage(view('createdAt', { q }))).rows.map((r) => r.name);
    expect(await names('siti RAHAYU')).toEqual(['Siti Rahayu']);
    expect(await names('SITI@CONTOH')).toEqual(['Siti Rahayu']);
    expect(await names('%')).toEqual([]);
    expect(await names('s_ti')).toEqual([]);
    const codes = (await stationsPage(view('code', { q: 'bandung' }))).rows.map((r) => r.code);
    expect(codes).toContain('BD');
    expect(codes).toContain('KAC');
  });

  it('sorts accounts without a wallet first ascending and last descending', async () => {
    const withWallet = await activeWallet();
    const order = async (dir: 'asc' | 'desc') =>
      (await passengersPage(view('balance', {}, dir))).rows.map((r) => r.balance);
    const asc = await order('asc');
    expect(asc[0]).toBeNull();
    expect(asc.at(-1)).toBe(0);
    const desc = await order('desc');
    expect(desc[0]).toBe(0);
    expect(desc.at(-1)).toBeNull();
    expect((await passengersPage(view('createdAt', { wallet: 'active' }))).rows).toEqual([
      expect.objectContaining({ id: withWallet.id }),
    ]);
  });

  it('sorts train numbers as numbers, a lettered one after its plain number', async () => {
    const admin = await adminId();
    expect(await createTrain(admin, { number: '7A', name: 'Uji Huruf' })).toMatchObject({
      ok: true,
    });
    const numbers = async (dir: 'asc' | 'desc') =>
      (await trainsPage({ ...view('number', {}, dir), page: 1 })).rows.map((r) => r.number);
    const asc = await numbers('asc');
    expect(asc.slice(0, 3)).toEqual(['1', '2', '3']);
    expect(asc.indexOf('7A')).toBeGreaterThan(0);
    expect(asc.indexOf('7A')).toBe(asc.indexOf('7') + 1);
    expect(asc.indexOf('8')).toBe(asc.indexOf('7A') + 1);
    const found = (await trainsPage(view('number', { q: 'uji huruf' }))).rows;
    expect(found).toEqual([expect.objectContaining({ number: '7A', route: null, coaches: 0 })]);
  });

  it('filters the audit log by actor and action whatever the case', async () => {
    const admin = await adminId();
    await createTrain(admin, { number: '7002', name: 'Uji Audit' });
    const rows = async (filters: Record<string, string>) =>
      (await auditPage(view('createdAt', filters))).rows.map((r) => r.action);
    expect(await rows({ actor: 'ADMIN@KAI', action: 'TRAIN.' })).toEqual(['train.create']);
    expect(await rows({ actor: 'siti' })).toEqual([]);
  });
});
