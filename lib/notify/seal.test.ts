import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows as queryRows } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { submitIdentity } from '@/lib/kaipay/activation';
import { requestPinReset } from '@/lib/kaipay/pin-care';
import { activeWallet, identityOf, makeUser } from '@/lib/wallet/testing/fixtures';
import { inboxOf } from './inbox';
import { hideSecret, openBody, sealBody } from './seal';
import { sendMessage, setSender, type OutgoingMessage } from './sender';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
});
afterEach(async () => {
  setSender(null);
  await cleanup();
});

/** Every outbox row for a phone, as a copy of the database would show it. */
const rows = (phone: string) =>
  queryRows<Record<string, unknown>>(
    sql`select * from notifications where phone = ${phone} order by id`,
  );
const codeIn = (text: string | undefined) => text?.match(/\b(\d{6})\b/)?.[1];

describe('OTPs in the outbox', () => {
  it('activation and Lupa PIN codes are never stored in the clear; the sandbox inbox shows them', async () => {
    const u = await makeUser();
    await submitIdentity(u.id, identityOf(u.phone));
    const owner = await activeWallet();
    expect(await requestPinReset(owner.id)).toMatchObject({ ok: true });
    for (const phone of [u.phone, owner.phone]) {
      const code = codeIn((await inboxOf(phone)).at(-1)?.body);
      expect(code).toMatch(/^\d{6}$/);
      const stored = await rows(phone);
      expect(JSON.stringify(stored)).not.toContain(code);
      expect(stored.at(-1)).toMatchObject({ body: expect.stringContaining('••••••') });
    }
  });

  it('the delivery adapter gets the whole message, code included', async () => {
    const delivered: OutgoingMessage[] = [];
    setSender({ send: async (m) => void delivered.push(m) });
    await sendMessage({ phone: '+6281200000001', body: 'Kode OTP: 123456.', secret: '123456' });
    expect(delivered[0]?.body).toBe('Kode OTP: 123456.');
  });

  it('messages without a secret are stored as they are', async () => {
    await sendMessage({ phone: '+6281200000001', body: 'Top up berhasil' });
    expect(await rows('+6281200000001')).toMatchObject([
      { body: 'Top up berhasil', body_enc: null },
    ]);
  });
});

describe('sealing', () => {
  it('round-trips, uses a fresh nonce each time, and refuses an altered body', () => {
    const a = sealBody('Kode 123456');
    expect(a).not.toContain('123456');
    expect(sealBody('Kode 123456')).not.toBe(a);
    expect(openBody(a)).toBe('Kode 123456');
    const [v, iv, tag, ct] = a.split('.');
    const flipped = Buffer.from(ct!, 'base64url');
    flipped[0]! ^= 1;
    expect(openBody([v, iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
    expect(openBody('nonsense')).toBeNull();
  });

  it('hides every occurrence of the secret', () => {
    expect(hideSecret('a 123456 b 123456', '123456')).toBe('a •••••• b ••••••');
  });
});
