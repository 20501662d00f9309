import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTempDb } from '@/lib/testing/temp-db';
import { env, resetEnvCache } from '@/lib/env';
import { inTransaction } from '@/db';
import { users } from '@/db/schema';
import { registerConfirmed } from './testing/register';
import { revokeSessions, type SessionUser } from './accounts';

// Real Auth.js tokens (encode from next-auth/jwt, the test run's AUTH_SECRET); decode is the real
// one, watched to see when a token is decrypted.
const decode = vi.hoisted(() => ({ calls: 0 }));
vi.mock('next-auth/jwt', async (importOriginal) => {
  const real = await importOriginal<typeof import('next-auth/jwt')>();
  return {
    ...real,
    decode: (params: Parameters<typeof real.decode>[0]) => {
      decode.calls++;
      return real.decode(params);
    },
  };
});
// The request's cookies.
const jar = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[] }));
vi.mock('next/headers', () => ({ cookies: async () => ({ getAll: () => jar.cookies }) }));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NOT_FOUND');
  },
  redirect: () => {
    throw new Error('REDIRECT');
  },
}));

const { encode } = await import('next-auth/jwt');
const { currentUser, requireAdmin } = await import('./session');

const PLAIN = 'authjs.session-token';
const SECURE = '__Secure-authjs.session-token';

/** A session token as Auth.js issues it at sign-in (the claims our jwt callback adds included). */
function tokenFor(
  user: SessionUser,
  { salt = PLAIN, secret = env().AUTH_SECRET, maxAge = 3600, sv = user.sessionVersion } = {},
): Promise<string> {
  return encode({ token: { name: user.name, sub: String(user.id), sv }, secret, salt, maxAge });
}

const setRole = (id: number, role: 'admin' | 'passenger') =>
  inTransaction(async (tx) => {
    await tx.update(users).set({ role }).where(eq(users.id, id));
  });

let cleanup: () => Promise<void>;
let dewi: SessionUser;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
  jar.cookies = [];
  decode.calls = 0;
  dewi = await registerConfirmed({
    fullName: 'Dewi Lestari',
    email: 'dewi@contoh.id',
    phone: '0812-1111-2222',
    nik: '3273015503920001',
    birthDate: '1992-03-15',
    password: 'Kopi-Tubruk-Pagi-7',
  });
});
afterEach(async () => {
  vi.useRealTimers();
  delete process.env.APP_URL;
  resetEnvCache();
  await cleanup();
});

describe('currentUser', () => {
  it('takes the role from the database, so a demoted admin loses admin pages at once (issue 9.13)', async () => {
    await setRole(dewi.id, 'admin');
    jar.cookies = [{ name: PLAIN, value: await tokenFor(dewi) }];
    expect((await requireAdmin()).id).toBe(dewi.id);

    await setRole(dewi.id, 'passenger');
    expect(await currentUser()).toMatchObject({ id: dewi.id, role: 'passenger' });
    await expect(requireAdmin()).rejects.toThrow('NOT_FOUND');
  });

  it('a token from before a logout-everywhere is not honoured, though it is still cached', async () => {
    jar.cookies = [{ name: PLAIN, value: await tokenFor(dewi) }];
    expect(await currentUser()).toMatchObject({ id: dewi.id, name: 'Dewi Lestari' });

    await revokeSessions(dewi.id);
    expect(await currentUser()).toBeNull();
  });

  it('without a session cookie is anonymous at once: nothing is decrypted (issue 13)', async () => {
    jar.cookies = [
      { name: 'locale', value: 'id' },
      { name: 'kai_device', value: 'x' },
      { name: PLAIN, value: '' },
    ];
    expect(await currentUser()).toBeNull();
    expect(decode.calls).toBe(0);
  });

  it('decrypts a token once, then answers from memory (the database is still read each time)', async () => {
    jar.cookies = [{ name: PLAIN, value: await tokenFor(dewi) }];
    expect(await currentUser()).toMatchObject({ id: dewi.id });
    expect(await currentUser()).toMatchObject({ id: dewi.id });
    expect(decode.calls).toBe(1);
  });

  it('an expired token is anonymous', async () => {
    jar.cookies = [{ name: PLAIN, value: await tokenFor(dewi, { maxAge: -60 }) }];
    expect(await currentUser()).toBeNull();
  });

  it('a remembered token stops counting once it expires', async () => {
    jar.cookies = [{ name: PLAIN, value: await tokenFor(dewi, { maxAge: 60 }) }];
    expect(await currentUser()).toMatchObject({ id: dewi.id });
    vi.useFakeTimers({ toFake: ['Date'] });
    // Auth.js's 15 s of clock tolerance past `exp`, then no more.
    vi.setSystemTime(Date.now() + 70_000);
    expect(await currentUser()).toMatchObject({ id: dewi.id });
    vi.setSystemTime(Date.now() + 10_000);
    expect(await currentUser()).toBeNull();
    expect(decode.calls).toBe(1);
  });

  it('a token made with another secret, tampered with, or garbage is anonymous, never an error', async () => {
    const forged = await tokenFor(dewi, { secret: 'another-secret-of-at-least-32-characters!' });
    const genuine = await tokenFor(dewi);
    const parts = genuine.split('.');
    const flip = (s: string) => (s[5] === 'A' ? 'B' : 'A');
    parts[3] = parts[3]!.slice(0, 5) + flip(parts[3]!) + parts[3]!.slice(6);
    const tampered = parts.join('.');
    for (const value of [forged, tampered, 'x', 'a.b.c.d.e', genuine.slice(0, -3), '%%%']) {
      jar.cookies = [{ name: PLAIN, value }];
      expect(await currentUser()).toBeNull();
    }
    // The genuine one, for contrast.
    jar.cookies = [{ name: PLAIN, value: genuine }];
    expect(await currentUser()).toMatchObject({ id: dewi.id });
  });

  it('a token without a usable user id or session version is anonymous', async () => {
    const secret = env().AUTH_SECRET;
    for (const token of [
      { sub: 'abc', sv: dewi.sessionVersion },
      { sub: `${dewi.id}.5`, sv: dewi.sessionVersion },
      { sub: String(dewi.id) },
      { sub: String(dewi.id), sv: String(dewi.sessionVersion) },
    ]) {
      jar.cookies = [{ name: PLAIN, value: await encode({ token, secret, salt: PLAIN }) }];
      expect(await currentUser()).toBeNull();
    }
  });

  it('on https only the __Secure- cookie counts: a plain-named one cannot stand in for it', async () => {
    process.env.APP_URL = 'https://kai.example';
    resetEnvCache();
    jar.cookies = [{ name: PLAIN, value: await tokenFor(dewi, { salt: PLAIN }) }];
    expect(await currentUser()).toBeNull();
    expect(decode.calls).toBe(0);

    jar.cookies = [{ name: SECURE, value: await tokenFor(dewi, { salt: SECURE }) }];
    expect(await currentUser()).toMatchObject({ id: dewi.id });
  });

  it('on http the __Secure- cookie is not the session', async () => {
    jar.cookies = [{ name: SECURE, value: await tokenFor(dewi, { salt: SECURE }) }];
    expect(await currentUser()).toBeNull();
  });

  it('a token split over .0, .1 (as Auth.js does past 4 kB) is joined in order', async () => {
    const token = await tokenFor(dewi);
    const half = Math.floor(token.length / 2);
    jar.cookies = [
      { name: `${PLAIN}.1`, value: token.slice(half) },
      { name: 'locale', value: 'id' },
      { name: `${PLAIN}.0`, value: token.slice(0, half) },
    ];
    expect(await currentUser()).toMatchObject({ id: dewi.id });

    // A stale whole cookie beside the chunks: Auth.js would join all three, which never decrypts.
    jar.cookies.push({ name: PLAIN, value: token });
    expect(await currentUser()).toBeNull();
  });
});
