import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb } from '@/lib/testing/temp-db';
import { advanceClock } from '@/lib/clock';
import { authenticate, LOGIN_LIMITS } from './login';
import { registerConfirmed } from './testing/register';

const input = {
  fullName: 'Dewi Lestari',
  email: 'dewi@contoh.id',
  phone: '0812-1111-2222',
  nik: '3273015503920001',
  birthDate: '1992-03-15',
  password: 'Kopi-Tubruk-Pagi-7',
};
const WRONG = 'salah-sekali-1';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
  await registerConfirmed(input);
});
afterEach(async () => {
  await cleanup();
});

/** The owner signs in once from their own browser and keeps the known-device token. */
async function ownersDevice(): Promise<string> {
  const first = await authenticate(input.email, input.password, { ip: '10.5.5.5' });
  if (!first.ok || !first.newDeviceToken) throw new Error('owner could not sign in');
  return first.newDeviceToken;
}

describe('login', () => {
  it('logs in with email or phone in any common form', async () => {
    expect((await authenticate('DEWI@contoh.id', input.password, { ip: '10.0.0.1' })).ok).toBe(
      true,
    );
    expect((await authenticate('+62 812 1111 2222', input.password, { ip: '10.0.0.1' })).ok).toBe(
      true,
    );
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    expect(await authenticate(input.email, WRONG, { ip: '10.0.0.1' })).toEqual({
      ok: false,
      code: 'invalid',
    });
    expect(await authenticate('siapa@contoh.id', WRONG, { ip: '10.0.0.1' })).toEqual({
      ok: false,
      code: 'invalid',
    });
  });

  it('counts email and phone as one account: five guesses in all, not five per identifier', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccountClient.limit; i++)
      await authenticate(i % 2 ? input.email : input.phone, WRONG, { ip: '10.6.6.6' });
    expect(await authenticate('+6281211112222', WRONG, { ip: '10.6.6.6' })).toMatchObject({
      ok: false,
      code: 'rate_limited',
    });
    expect(await authenticate(input.email, input.password, { ip: '10.6.6.6' })).toMatchObject({
      ok: false,
      code: 'rate_limited',
    });
    advanceClock(LOGIN_LIMITS.perAccountClient.windowMs + 1);
    expect((await authenticate(input.email, input.password, { ip: '10.6.6.6' })).ok).toBe(true);
  });

  it("a stranger's failures from one address do not block the owner at another", async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccountClient.limit + 3; i++)
      await authenticate(input.email, WRONG, { ip: '203.0.113.9' });
    expect((await authenticate(input.email, input.password, { ip: '10.1.1.1' })).ok).toBe(true);
  });

  it("strangers on many addresses hit the account's ceiling, yet the owner's known device still signs in", async () => {
    const device = await ownersDevice();
    for (let i = 0; i < LOGIN_LIMITS.perAccount.limit + 5; i++)
      await authenticate(input.email, WRONG, { ip: `198.51.100.${i}` });
    // A new device is slowed down now...
    expect(await authenticate(input.email, input.password, { ip: '10.2.2.2' })).toMatchObject({
      ok: false,
      code: 'rate_limited',
    });
    // ...but the owner's browser is not, even from an address the strangers used.
    const owner = await authenticate(input.email, input.password, {
      ip: '198.51.100.1',
      deviceToken: device,
    });
    expect(owner).toMatchObject({ ok: true, newDeviceToken: null });
  });

  it('a device token of someone else, or made up, is an unknown device', async () => {
    const device = await ownersDevice();
    await registerConfirmed(
      { ...input, email: 'rina@contoh.id', phone: '081299990000' },
      '10.3.3.3',
    );
    for (let i = 0; i < LOGIN_LIMITS.perAccount.limit; i++)
      await authenticate('rina@contoh.id', WRONG, { ip: `198.51.100.${i}` });
    for (const deviceToken of [device, 'dibuat-buat-saja-0123456789'])
      expect(
        await authenticate('rina@contoh.id', input.password, { ip: '10.4.4.4', deviceToken }),
      ).toMatchObject({ ok: false, code: 'rate_limited' });
  });

  it('a known device has its own limit, so a stolen cookie is no guessing licence', async () => {
    const device = await ownersDevice();
    for (let i = 0; i < LOGIN_LIMITS.perKnownDevice.limit; i++)
      await authenticate(input.email, WRONG, { ip: '10.7.0.1', deviceToken: device });
    expect(
      await authenticate(input.email, input.password, { ip: '10.7.0.1', deviceToken: device }),
    ).toMatchObject({ ok: false, code: 'rate_limited' });
  });

  it('does not count successful logins toward the IP limit', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perIp.limit + 5; i++)
      expect((await authenticate(input.email, input.password, { ip: '10.7.7.7' })).ok).toBe(true);
  });

  it('limits attempts per IP across accounts', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perIp.limit; i++)
      await authenticate(`orang${i}@contoh.id`, WRONG, { ip: '10.9.9.9' });
    expect(await authenticate('lain@contoh.id', WRONG, { ip: '10.9.9.9' })).toMatchObject({
      ok: false,
      code: 'rate_limited',
    });
  });
});
