import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { bookingRow, holdFor } from '@/lib/checkout/testing/fixtures';
import { now } from '@/lib/clock';
import { applyNotification } from '@/lib/payments/apply';
import { ensureOpenVa } from '@/lib/payments/accounts';
import { topUpFee } from '@/lib/payments/fees';
import { NotificationSchema } from '@/lib/payments/notification';
import { vaNotification } from '@/lib/payments/testing/notify-fixtures';
import { openSeededDb } from '@/lib/testing/seeded-db';
import { activeWallet, makeUser } from '@/lib/wallet/testing/fixtures';
import { addPromo, currentSettings, endPromo, updateSettings } from './settings';
import { SettingsSchema } from './settings-schema';
import { textSetting } from '@/lib/settings';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(() => tmp.cleanup());

const adminId = () =>
  (
    getDb().$client.prepare("select id from users where email = 'admin@kai-access.test'").get() as {
      id: number;
    }
  ).id;
const save = (changes: Record<string, unknown>) =>
  updateSettings(adminId(), SettingsSchema.parse({ ...currentSettings(), ...changes }));
const holdMinutesOf = (code: string) => {
  const b = getDb()
    .$client.prepare('select hold_expires_at - created_at as ms from bookings where code = ?')
    .get(code) as { ms: number };
  return b.ms / 60_000;
};

describe('settings take effect on the next request', () => {
  it('hold minutes: the next booking gets the new deadline, with an audit record of before/after', () => {
    const user = makeUser();
    expect(holdMinutesOf(holdFor(user.id, { seats: ['1A'] }))).toBe(60);
    expect(save({ holdMinutes: 15 })).toEqual({ ok: true, changed: ['holdMinutes'] });
    const code = holdFor(user.id, { seats: ['1B'] });
    expect(holdMinutesOf(code)).toBe(15);
    expect(bookingRow(code).status).toBe('awaiting_payment');
    const audit = getDb()
      .$client.prepare("select before, after from audit_log where action = 'settings.update'")
      .all();
    expect(audit).toEqual([{ before: '{"holdMinutes":60}', after: '{"holdMinutes":15}' }]);
    // Saving the same values again changes and records nothing.
    expect(save({})).toEqual({ ok: true, changed: [] });
    expect(getDb().$client.prepare('select count(*) n from audit_log').get()).toEqual({ n: 1 });
  });

  it('a lower Regular maximum balance returns the next top-up over it to the bank; a higher one admits it', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const topUp = (amount: number) => {
      const body = vaNotification(number, amount);
      return applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
    };
    expect(topUp(400_000).result).toBe('credited');
    save({ regularMaxBalance: 500_000, regularMonthlyIn: 20_000_000 });
    expect(topUp(200_000)).toMatchObject({ result: 'returned', reason: 'over_max_balance' });
    save({ regularMaxBalance: 3_000_000 });
    expect(topUp(200_000).result).toBe('credited');
    // A wallet activated after the change gets the new limit too.
    const later = await activeWallet();
    expect(
      getDb().$client.prepare('select max_balance m from wallets where user_id = ?').get(later.id),
    ).toEqual({ m: 3_000_000 });
  });

  it('lowering a limit below a balance keeps the money and admits nothing more', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const body = vaNotification(number, 800_000);
    applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
    save({ regularMaxBalance: 300_000 });
    expect(
      getDb()
        .$client.prepare('select balance, max_balance m from wallets where user_id = ?')
        .get(user.id),
    ).toEqual({ balance: 800_000, m: 800_000 });
  });

  it('the minimum client version and bank fees are read fresh; promo windows refuse overlaps', () => {
    save({ minClientVersion: '4.8.0 (110)', fee_BCA: 2_000 });
    expect(textSetting('kaipay_min_client_version')).toBe('4.8.0 (110)');
    // The seeded launch promo is running: Rp 0 until it is ended.
    expect(topUpFee('BCA').fee).toBe(0);
    const promo = getDb().$client.prepare('select id from fee_promos').get() as { id: number };
    expect(endPromo(adminId(), promo.id)).toEqual({ ok: true });
    expect(topUpFee('BCA')).toEqual({ fee: 2_000, promo: null });
    const today = new Date(now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const input = { name: 'Promo Lebaran', startsOn: today, endsOn: today, fee: 0 };
    expect(addPromo(adminId(), input)).toMatchObject({ ok: true });
    expect(addPromo(adminId(), { ...input, name: 'Lagi' })).toEqual({
      ok: false,
      code: 'promo_overlap',
    });
    expect(topUpFee('BCA')).toEqual({ fee: 0, promo: 'Promo Lebaran' });
  });

  it('refuses values that make no sense, with a reason per field', () => {
    const parsed = SettingsSchema.safeParse({
      ...currentSettings(),
      holdMinutes: 3,
      minClientVersion: 'versi baru',
      regularMonthlyIn: 1_000_000,
    });
    expect(parsed.success).toBe(false);
    const codes = parsed.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'holdMinutes:hold_minutes_range',
        'minClientVersion:client_version_invalid',
      ]),
    );
  });
});
