import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb } from '@/lib/testing/temp-db';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { advanceClock } from '@/lib/clock';
import { RegisterSchema } from './schemas';
import { authenticate } from './login';
import { confirmRegistration, REGISTRATION_LIMITS, startRegistration } from './registration';
import { capturingMessages, codeIn, registerConfirmed } from './testing/register';

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

const start = (values: Record<string, string>, ip = '10.1.1.1') =>
  capturingMessages(() => startRegistration(RegisterSchema.parse(values), ip));
const userCount = async () => (await row<{ n: number }>(sql`select count(*) as n from users`))!.n;

describe('registration confirmed by a code sent to the phone', () => {
  it('creates no account until the code is confirmed; the code works once', async () => {
    const before = await userCount();
    const { result, sent } = await start(input);
    expect(result.ok).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.phone).toBe('+6281211112222');
    const code = codeIn(sent[0]!.body)!;
    expect(code).toMatch(/^\d{6}$/);
    // Not an account yet: it cannot log in.
    expect(await userCount()).toBe(before);
    expect((await authenticate(input.email, input.password, client)).ok).toBe(false);
    // Only an HMAC of the code is stored.
    const pending = await row<{ code_hash: string }>(
      sql`select code_hash from pending_registrations`,
    );
    expect(pending!.code_hash).not.toContain(code);

    const token = result.ok ? result.token : '';
    const wrong = code === '000000' ? '000001' : '000000';
    expect(await confirmRegistration(token, wrong)).toEqual({ ok: false, code: 'code_wrong' });
    const confirmed = await confirmRegistration(token, code);
    expect(confirmed.ok).toBe(true);
    expect(await confirmRegistration(token, code)).toEqual({ ok: false, code: 'code_expired' });
    expect(await userCount()).toBe(before + 1);
    expect((await authenticate('dewi@contoh.id', input.password, client)).ok).toBe(true);
  });

  it('answers an already registered email or phone exactly like a new one, and tells the owner instead', async () => {
    await registerConfirmed(input);
    const fresh = await start({ ...input, email: 'baru@contoh.id', phone: '081355556666' });
    const sameEmail = await start({ ...input, phone: '081377778888' });
    const samePhone = await start({ ...input, email: 'lain@contoh.id' });
    for (const attempt of [fresh, sameEmail, samePhone]) {
      expect(Object.keys(attempt.result).sort()).toEqual(['ok', 'token']);
      expect(attempt.sent).toHaveLength(1);
    }
    // The existing owner gets a notice with no code; the typed number gets nothing.
    for (const attempt of [sameEmail, samePhone]) {
      expect(attempt.sent[0]!.phone).toBe('+6281211112222');
      expect(codeIn(attempt.sent[0]!.body)).toBeUndefined();
    }
    // No code can confirm a registration for an existing account.
    const token = sameEmail.result.ok ? sameEmail.result.token : '';
    for (let i = 0; i < REGISTRATION_LIMITS.maxAttempts; i++)
      expect((await confirmRegistration(token, String(123456 + i))).ok).toBe(false);
  });

  it('an unconfirmed registration never blocks the real owner of the email and phone', async () => {
    const squatter = await start(input);
    expect(squatter.result.ok).toBe(true);
    const owner = await registerConfirmed(input);
    expect(owner.name).toBe('Dewi Lestari');
    const code = codeIn(squatter.sent[0]!.body)!;
    const token = squatter.result.ok ? squatter.result.token : '';
    expect(await confirmRegistration(token, code)).toEqual({ ok: false, code: 'account_exists' });
  });

  it('a code expires after 10 minutes and dies after 5 wrong entries', async () => {
    const a = await start(input);
    advanceClock(REGISTRATION_LIMITS.codeTtlMs + 1);
    expect(
      await confirmRegistration(a.result.ok ? a.result.token : '', codeIn(a.sent[0]!.body)!),
    ).toEqual({ ok: false, code: 'code_expired' });

    const b = await start(input);
    const token = b.result.ok ? b.result.token : '';
    const code = codeIn(b.sent[0]!.body)!;
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < REGISTRATION_LIMITS.maxAttempts; i++)
      expect(await confirmRegistration(token, wrong)).toEqual({ ok: false, code: 'code_wrong' });
    expect(await confirmRegistration(token, code)).toEqual({ ok: false, code: 'code_expired' });
  });

  it('limits registrations per address and messages per phone number', async () => {
    for (let i = 0; i < REGISTRATION_LIMITS.perIp.limit; i++) {
      const phone = `0813${String(1_000_000 + i)}`;
      const { result } = await start({ ...input, email: `o${i}@contoh.id`, phone }, '10.9.9.9');
      expect(result.ok).toBe(true);
    }
    const refused = await start({ ...input, email: 'x@contoh.id' }, '10.9.9.9');
    expect(refused.result).toEqual({ ok: false, code: 'rate_limited' });
    expect(refused.sent).toHaveLength(0);
    expect((await start({ ...input, email: 'x@contoh.id' }, '10.9.9.10')).result.ok).toBe(true);

    for (let i = 1; i < REGISTRATION_LIMITS.perTarget.limit; i++)
      expect((await start({ ...input, email: `p${i}@contoh.id` }, `10.8.0.${i}`)).result.ok).toBe(
        true,
      );
    const flooded = await start({ ...input, email: 'q@contoh.id' }, '10.8.1.1');
    expect(flooded.result).toEqual({ ok: false, code: 'rate_limited' });
  });
});
