import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * Every admin server action and admin route handler, found on disk (so a new one cannot be
 * forgotten), called as a stranger, a passenger and gate staff: each is refused (404 or a redirect
 * to the login) and no table of the database changes. Inputs are plausible (real ids, a real
 * booking code), so an action that forgot its guard would change something and fail here.
 */

const session = vi.hoisted(() => ({
  current: null as null | { user: { id: string; name: string; sessionVersion: number } },
}));
// The caller's session as the cookie would carry it (lib/auth/session.test.ts tests the cookie).
vi.mock('@/lib/auth/session-token', () => ({
  readSessionToken: async () =>
    session.current && {
      userId: Number(session.current.user.id),
      sessionVersion: session.current.user.sessionVersion,
    },
}));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: () => undefined,
    getAll: () => (session.current ? [{ name: 'authjs.session-token', value: 'jwt' }] : []),
  }),
  headers: async () => new Headers(),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NOT_FOUND');
  },
  redirect: (to: string) => {
    throw new Error(`REDIRECT ${to}`);
  },
}));

const { engine, row, rows } = await import('@/db');
const { sql } = await import('drizzle-orm');
const { openSeededDb } = await import('@/lib/testing/seeded-db');
const { activeWallet, topUp } = await import('@/lib/wallet/testing/fixtures');
const { holdFor } = await import('@/lib/checkout/testing/fixtures');

const ROOT = path.resolve(import.meta.dirname, '..', '..');
function find(dir: string, name: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return (fs.readdirSync(full, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === name)
    .map((f) => path.join(dir, f))
    .sort();
}
const ACTION_FILES = find('app/admin', 'actions.ts');
const ROUTE_FILES = [...find('app/admin', 'route.ts'), ...find('app/api/admin', 'route.ts')];

type Caller = 'stranger' | 'passenger' | 'petugas';
const ids: Record<string, number> = {};
let bookingCode = '';

/** Every row of every table of the application, as text (compared before and after a call). */
async function dump(): Promise<string> {
  const tables = await rows<{ name: string }>(
    engine() === 'pg'
      ? sql`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`
      : sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`,
  );
  const names = tables.map((t) => t.name).sort();
  const contents = [];
  // Rows sorted as text: a table without a unique first column has no order both engines keep.
  for (const name of names) {
    const found = await rows(sql.raw(`select * from "${name}"`));
    contents.push([name, found.map((r) => JSON.stringify(r)).sort()]);
  }
  return JSON.stringify(contents);
}

function as(caller: Caller) {
  session.current =
    caller === 'stranger'
      ? null
      : { user: { id: String(ids[caller]), name: caller, sessionVersion: 1 } };
}

/** Plausible values for every field any admin form has: the guard must refuse before reading them. */
function form(): FormData {
  const f = new FormData();
  const values: Record<string, string> = {
    id: '1',
    userId: String(ids.target),
    code: bookingCode,
    reason: 'Uji otorisasi',
    tripId: '1',
    trainId: '1',
    notificationId: '1',
    refundId: '1',
    requestId: '1',
    promoId: '1',
    decision: 'approve',
    bank: 'BCA',
    bankReference: 'REF-12345',
    adminPassword: 'ADMIN-PASSWORD-GUESS',
    name: 'Stasiun Uji',
    city: 'Kota Uji',
    number: '999',
    from: '2030-01-01',
    to: '2030-01-02',
    holdMinutes: '15',
    price: '100000',
  };
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeAll(async () => {
  tmp = await openSeededDb();
  const idOf = async (email: string) =>
    (await row<{ id: number }>(sql`select id from users where email = ${email}`))!.id;
  ids.passenger = await idOf('siti@contoh.id');
  ids.petugas = await idOf('petugas@kai-access.test');
  ids.admin = (await row<{ id: number }>(sql`select id from users where role = 'admin'`))!.id;
  const target = await activeWallet('582917');
  await topUp(target.id, 500_000);
  ids.target = target.id;
  bookingCode = await holdFor(target.id);
});
afterAll(async () => {
  await tmp.cleanup();
});

const REFUSED = /^(NOT_FOUND|REDIRECT \/login)/;

describe('every admin action refuses anyone but an admin', async () => {
  const actions: [string, string, (...a: unknown[]) => Promise<unknown>][] = [];
  for (const file of ACTION_FILES) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (typeof value === 'function')
        actions.push([file, name, value as (...a: unknown[]) => Promise<unknown>]);
  }

  it('finds the admin actions on disk', () => {
    expect(ACTION_FILES.length).toBeGreaterThanOrEqual(9);
    expect(actions.length).toBeGreaterThanOrEqual(20);
  });

  for (const caller of ['stranger', 'passenger', 'petugas'] as const)
    for (const [file, name, action] of actions)
      it(`${file} ${name} as ${caller}: refused, nothing changed`, async () => {
        as(caller);
        const before = await dump();
        await expect(action(form())).rejects.toThrow(REFUSED);
        await expect(action({ status: 'idle' }, form())).rejects.toThrow(REFUSED);
        expect(await dump()).toBe(before);
      });

  it('lets an admin through the same guard (the harness can tell the difference)', async () => {
    const freeze = actions.find(([, name]) => name === 'freezePassengerWallet')![2];
    session.current = { user: { id: String(ids.admin), name: 'admin', sessionVersion: 1 } };
    const before = await dump();
    // Past the role check, the wrong password refuses (and counts one re-auth attempt).
    await expect(freeze({ status: 'idle' }, form())).resolves.toMatchObject({
      status: 'error',
      fieldErrors: { adminPassword: ['password_wrong'] },
    });
    expect(await dump()).not.toBe(before);
  });
});

describe('every admin route handler refuses anyone but an admin', async () => {
  const handlers: [string, string, (...a: unknown[]) => Promise<Response>][] = [];
  for (const file of ROUTE_FILES) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])
      if (typeof mod[method] === 'function')
        handlers.push([file, method, mod[method] as (...a: unknown[]) => Promise<Response>]);
  }

  it('finds the admin routes on disk', () => {
    expect(handlers.length).toBeGreaterThanOrEqual(8);
  });

  for (const caller of ['stranger', 'passenger', 'petugas'] as const)
    for (const [file, method, handler] of handlers)
      it(`${method} ${file} as ${caller}: 404, nothing changed`, async () => {
        as(caller);
        const before = await dump();
        const request = new Request('http://localhost/admin/x?day=2026-11-28&q=a', { method });
        const context = { params: Promise.resolve({ id: '1', kind: 'id', code: 'GMR' }) };
        let status: number | string;
        try {
          status = (await handler(request, context)).status;
        } catch (error) {
          status = error instanceof Error ? error.message : String(error);
        }
        expect(String(status)).toMatch(/^(404|NOT_FOUND)$/);
        expect(await dump()).toBe(before);
      });
});
