import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb } from '@/lib/testing/temp-db';
import { getDb } from '@/db';
import { advanceClock } from '@/lib/clock';
import { RegisterSchema } from './schemas';
import {
  authenticate,
  changePassword,
  currentSessionVersion,
  registerPassenger,
  revokeSessions,
  LOGIN_LIMITS,
} from './accounts';

const input = {
  fullName: 'Dewi Lestari',
  email: 'Dewi@Contoh.id',
  phone: '0812-1111-2222',
  nik: '3273015503920001',
  birthDate: '1992-03-15',
  password: 'Kopi-Tubruk-Pagi-7',
};

let db: ReturnType<typeof openTempDb>;
beforeEach(() => {
  db = openTempDb();
});
afterEach(() => db.cleanup());

async function registered() {
  const result = await registerPassenger(RegisterSchema.parse(input));
  if (!result.ok) throw new Error('registration failed');
  return result.user;
}

describe('registration', () => {
  it('normalises email and phone and stores only a hash of the password', async () => {
    const user = await registered();
    const row = getDb()
      .$client.prepare('select email, phone, password_hash from users where id = ?')
      .get(user.id) as Record<string, string>;
    expect(row.email).toBe('dewi@contoh.id');
    expect(row.phone).toBe('+6281211112222');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(input.password);
  });
  it('refuses a second account with the same email or phone', async () => {
    await registered();
    const again = await registerPassenger(
      RegisterSchema.parse({ ...input, email: 'dewi@contoh.id', phone: '081299998888' }),
    );
    expect(again).toEqual({ ok: false, fieldErrors: { email: ['email_taken'] } });
    const samePhone = await registerPassenger(
      RegisterSchema.parse({ ...input, email: 'lain@contoh.id' }),
    );
    expect(samePhone).toEqual({ ok: false, fieldErrors: { phone: ['phone_taken'] } });
  });
  it('schema refuses a NIK whose birth digits do not match', () => {
    const r = RegisterSchema.safeParse({ ...input, nik: '3273011603920001' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain('nik_mismatch');
  });
});

describe('login', () => {
  it('logs in with email or phone in any common form', async () => {
    await registered();
    expect((await authenticate('DEWI@contoh.id', input.password, '10.0.0.1')).ok).toBe(true);
    expect((await authenticate('+62 812 1111 2222', input.password, '10.0.0.1')).ok).toBe(true);
  });
  it('gives the same answer for a wrong password and an unknown account', async () => {
    await registered();
    expect(await authenticate('dewi@contoh.id', 'salah-sekali-1', '10.0.0.1')).toEqual({
      ok: false,
      code: 'invalid',
    });
    expect(await authenticate('siapa@contoh.id', 'salah-sekali-1', '10.0.0.1')).toEqual({
      ok: false,
      code: 'invalid',
    });
  });
  it('locks an account after 5 attempts in 15 minutes, even with the right password, then lets it in again', async () => {
    await registered();
    for (let i = 0; i < LOGIN_LIMITS.perAccount.limit; i++)
      await authenticate('dewi@contoh.id', 'salah-sekali-1', `10.0.0.${i}`);
    const locked = await authenticate('dewi@contoh.id', input.password, '10.0.1.1');
    expect(locked).toMatchObject({ ok: false, code: 'rate_limited' });
    advanceClock(LOGIN_LIMITS.perAccount.windowMs + 1);
    expect((await authenticate('dewi@contoh.id', input.password, '10.0.1.1')).ok).toBe(true);
  });
  it('does not count successful logins toward the IP limit', async () => {
    await registered();
    for (let i = 0; i < LOGIN_LIMITS.perIp.limit + 5; i++)
      expect((await authenticate('dewi@contoh.id', input.password, '10.7.7.7')).ok).toBe(true);
  });
  it('limits attempts per IP across accounts', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perIp.limit; i++)
      await authenticate(`orang${i}@contoh.id`, 'salah-sekali-1', '10.9.9.9');
    expect(await authenticate('lain@contoh.id', 'salah-sekali-1', '10.9.9.9')).toMatchObject({
      ok: false,
      code: 'rate_limited',
    });
  });
});

describe('sessions', () => {
  it('logout-everywhere and a password change each bump the session version', async () => {
    const user = await registered();
    const v1 = currentSessionVersion(user.id)!;
    revokeSessions(user.id);
    expect(currentSessionVersion(user.id)).toBe(v1 + 1);
    expect(await changePassword(user.id, 'salah-sekali-1', 'Teh-Manis-Hangat-3')).toEqual({
      ok: false,
      field: 'currentPassword',
      code: 'password_wrong',
    });
    expect(await changePassword(user.id, input.password, 'password123')).toEqual({
      ok: false,
      field: 'newPassword',
      code: 'password_common',
    });
    expect(await changePassword(user.id, input.password, 'Teh-Manis-Hangat-3')).toEqual({
      ok: true,
    });
    expect(currentSessionVersion(user.id)).toBe(v1 + 2);
    expect((await authenticate('dewi@contoh.id', input.password, '10.0.0.1')).ok).toBe(false);
    expect((await authenticate('dewi@contoh.id', 'Teh-Manis-Hangat-3', '10.0.0.1')).ok).toBe(true);
  });
});
