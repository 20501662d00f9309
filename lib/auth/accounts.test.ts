import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb } from '@/lib/testing/temp-db';
import { sql } from 'drizzle-orm';
import { row as rowOf } from '@/db';
import { createApiToken, userForToken } from '@/lib/kaipay/api-tokens';
import { RegisterSchema } from './schemas';
import { changePassword, currentSessionVersion, revokeSessions } from './accounts';
import { authenticate } from './login';
import { registerConfirmed } from './testing/register';

const input = {
  fullName: 'Dewi Lestari',
  email: 'Dewi@Contoh.id',
  phone: '0812-1111-2222',
  nik: '3273015503920001',
  birthDate: '1992-03-15',
  password: 'Kopi-Tubruk-Pagi-7',
};
const client = { ip: '10.0.0.1' };

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
});
afterEach(async () => {
  await cleanup();
});

describe('accounts', () => {
  it('normalises email and phone and stores only a hash of the password', async () => {
    const user = await registerConfirmed(input);
    const row = (await rowOf<Record<string, string>>(
      sql`select email, phone, password_hash from users where id = ${user.id}`,
    ))!;
    expect(row.email).toBe('dewi@contoh.id');
    expect(row.phone).toBe('+6281211112222');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(input.password);
  });
  it('schema refuses a NIK whose birth digits do not match', () => {
    const r = RegisterSchema.safeParse({ ...input, nik: '3273011603920001' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain('nik_mismatch');
  });
});

describe('sessions', () => {
  it('logout-everywhere and a password change each bump the session version', async () => {
    const user = await registerConfirmed(input);
    const v1 = (await currentSessionVersion(user.id))!;
    await revokeSessions(user.id);
    expect(await currentSessionVersion(user.id)).toBe(v1 + 1);
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
    expect(await currentSessionVersion(user.id)).toBe(v1 + 2);
    expect((await authenticate('dewi@contoh.id', input.password, client)).ok).toBe(false);
    expect((await authenticate('dewi@contoh.id', 'Teh-Manis-Hangat-3', client)).ok).toBe(true);
  });

  it('API tokens die with "log out everywhere" and with a password change (issue 9.11)', async () => {
    const user = await registerConfirmed(input);
    const other = await registerConfirmed({
      ...input,
      email: 'rina@contoh.id',
      phone: '081299990000',
    });
    const mint = async (id: number) => {
      const made = await createApiToken(id, 'ponsel');
      if (!made.ok) throw new Error('no token');
      return made.token;
    };
    const first = await mint(user.id);
    const untouched = await mint(other.id);
    expect(await userForToken(first)).toBe(user.id);
    await revokeSessions(user.id);
    expect(await userForToken(first)).toBeNull();
    expect(await userForToken(untouched)).toBe(other.id);

    const second = await mint(user.id);
    expect(await userForToken(second)).toBe(user.id);
    expect((await changePassword(user.id, input.password, 'Teh-Manis-Hangat-3')).ok).toBe(true);
    expect(await userForToken(second)).toBeNull();
    // A token made after the change works.
    expect(await userForToken(await mint(user.id))).toBe(user.id);
  });
});
