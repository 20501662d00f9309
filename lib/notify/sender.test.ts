import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb } from '@/lib/testing/temp-db';
import { inboxOf } from './inbox';
import { sendMessage } from './sender';

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
