import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTempDb } from '@/lib/testing/temp-db';
import { inTransaction } from '@/db';
import { users } from '@/db/schema';
import { registerConfirmed } from './testing/register';

// The token as Auth.js would decode it: what it says about the role must not matter.
const session = vi.hoisted(() => ({
  current: null as null | {
    user: { id: string; name: string; role?: string; sessionVersion: number };
  },
}));
const auth = vi.hoisted(() => vi.fn(async () => session.current));
vi.mock('./next-auth', () => ({ auth }));
// The request's cookies: a session cookie unless a test says otherwise.
const jar = vi.hoisted(() => ({ names: ['authjs.session-token'] }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => jar.names.map((name) => ({ name, value: 'x' })) }),
}));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NOT_FOUND');
  },
  redirect: () => {
    throw new Error('REDIRECT');
  },
}));

const { currentUser, requireAdmin } = await import('./session');

const setRole = (id: number, role: 'admin' | 'passenger') =>
  inTransaction(async (tx) => {
    await tx.update(users).set({ role }).where(eq(users.id, id));
  });

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
  jar.names = ['authjs.session-token'];
  auth.mockClear();
});
afterEach(async () => {
  await cleanup();
});

describe('currentUser', () => {
  it('takes the role from the database, so a demoted admin loses admin pages at once (issue 9.13)', async () => {
    const user = await registerConfirmed({
      fullName: 'Dewi Lestari',
      email: 'dewi@contoh.id',
      phone: '0812-1111-2222',
      nik: '3273015503920001',
      birthDate: '1992-03-15',
      password: 'Kopi-Tubruk-Pagi-7',
    });
    await setRole(user.id, 'admin');
    session.current = {
      user: { id: String(user.id), name: 'Dewi Lestari', role: 'admin', sessionVersion: 1 },
    };
    expect((await requireAdmin()).id).toBe(user.id);

    await setRole(user.id, 'passenger');
    expect(await currentUser()).toMatchObject({ id: user.id, role: 'passenger' });
    await expect(requireAdmin()).rejects.toThrow('NOT_FOUND');
  });

  it('a token from before a logout-everywhere is not honoured', async () => {
    const user = await registerConfirmed({
      fullName: 'Dewi Lestari',
      email: 'dewi@contoh.id',
      phone: '0812-1111-2222',
      nik: '3273015503920001',
      birthDate: '1992-03-15',
      password: 'Kopi-Tubruk-Pagi-7',
    });
    session.current = {
      user: { id: String(user.id), name: 'Dewi', role: 'passenger', sessionVersion: 0 },
    };
    expect(await currentUser()).toBeNull();
  });

  it('without a session cookie is anonymous at once: Auth.js is not asked (issue 13)', async () => {
    const user = await registerConfirmed({
      fullName: 'Dewi Lestari',
      email: 'dewi@contoh.id',
      phone: '0812-1111-2222',
      nik: '3273015503920001',
      birthDate: '1992-03-15',
      password: 'Kopi-Tubruk-Pagi-7',
    });
    session.current = {
      user: { id: String(user.id), name: 'Dewi', sessionVersion: user.sessionVersion },
    };
    jar.names = ['locale', 'kai_device'];
    expect(await currentUser()).toBeNull();
    expect(auth).not.toHaveBeenCalled();
    // Chunked and __Secure- cookies are still sessions.
    jar.names = ['__Secure-authjs.session-token.0'];
    expect(await currentUser()).toMatchObject({ id: user.id });
  });
});
