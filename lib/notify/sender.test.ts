import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { inboxOf } from './inbox';
import { queueMessage, sendMessage } from './sender';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
});
afterEach(async () => {
  await cleanup();
});

describe('sendMessage', () => {
  it('writes to the outbox as Kaspro ID, WhatsApp first, SMS as fallback, and the inbox shows it per phone', async () => {
    expect(await sendMessage({ phone: '+6281200000001', body: 'Halo' })).toEqual({
      channel: 'whatsapp',
    });
    expect(await sendMessage({ phone: '+6281200000009', body: 'Halo SMS' })).toEqual({
      channel: 'sms',
    });
    await sendMessage({ phone: '+6281200000001', body: 'Kedua', channel: 'sms' });
    const inbox = await inboxOf('+6281200000001');
    expect(inbox.map((m) => [m.sender, m.channel, m.body])).toEqual([
      ['Kaspro ID', 'whatsapp', 'Halo'],
      ['Kaspro ID', 'sms', 'Kedua'],
    ]);
    expect(await inboxOf('+6281200000009')).toHaveLength(1);
  });
});

describe('queueMessage (the transactional outbox)', () => {
  it("commits with the caller's transaction and rolls back with it", async () => {
    const phone = '+6281200000009';
    await expect(
      inTransaction(async (tx) => {
        await queueMessage(tx, { phone, body: 'Tidak jadi' });
        throw new Error('refused after the message');
      }),
    ).rejects.toThrow('refused after the message');
    expect(await inboxOf(phone)).toEqual([]);
    expect(
      await inTransaction((tx) => queueMessage(tx, { phone, body: 'Top up berhasil' })),
    ).toEqual({ channel: 'sms' });
    expect((await inboxOf(phone)).map((m) => [m.sender, m.channel, m.body])).toEqual([
      ['Kaspro ID', 'sms', 'Top up berhasil'],
    ]);
  });
});

describe('sandbox switch', () => {
  it('is on by default and off with SANDBOX=off', async () => {
    const { sandboxEnabled } = await import('./inbox');
    const { resetEnvCache } = await import('@/lib/env');
    expect(sandboxEnabled()).toBe(true);
    process.env.SANDBOX = 'off';
    resetEnvCache();
    try {
      expect(sandboxEnabled()).toBe(false);
    } finally {
      delete process.env.SANDBOX;
      resetEnvCache();
    }
  });
});
