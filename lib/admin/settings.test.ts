import { sql, type SQL } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { row, rows } from '@/db';
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
afterEach(async () => {
  await tmp.cleanup();
});

const q = async <T>(query: SQL) => (await row<T>(query))!;
const adminId = async () =>
  (await q<{ id: number }>(sql`select id from users where email = 'admin@kai-access.test'`)).id;
const save = async (changes: Record<string, unknown>) =>
  updateSettings(
    await adminId(),
    SettingsSchema.parse({ ...(await currentSettings()), ...changes }),
  );
const holdMinutesOf = async (code: string) => {
  const b = await q<{ ms: number }>(
    sql`select hold_expires_at - created_at as ms from bookings where code = ${code}`,
  );
  return b.ms / 60_000;
};

describe('settings take effect on the next request', () => {
  it('hold minutes: the next booking gets the new deadline, with an audit record of before/after', async () => {
    const user = await makeUser();
    expect(await holdMinutesOf(await holdFor(user.id, { seats: ['1A'] }))).toBe(60);
    expect(await save({ holdMinutes: 15 })).toEqual({ ok: true, changed: ['holdMinutes'] });
    const code = await holdFor(user.id, { seats: ['1B'] });
    expect(await holdMinutesOf(code)).toBe(15);
    expect((await bookingRow(code)).status).toBe('awaiting_payment');
    const audit = await rows(
      sql`select before, after from audit_log where action = 'settings.update' order by id`,
    );
    expect(audit).toEqual([{ before: '{"holdMinutes":60}', after: '{"holdMinutes":15}' }]);
    // Saving the same values again changes and records nothing.
    expect(await save({})).toEqual({ ok: true, changed: [] });
    expect(await q(sql`select count(*) as n from audit_log`)).toEqual({ n: 1 });
  });

  it('a lower Regular maximum balance returns the next top-up over it to the bank; a higher one admits it', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const topUp = async (amount: number) => {
      const body = vaNotification(number, amount);
      return applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
    };
    expect((await topUp(400_000)).result).toBe('credited');
    await save({ regularMaxBalance: 500_000, regularMonthlyIn: 20_000_000 });
    expect(await topUp(200_000)).toMatchObject({ result: 'returned', reason: 'over_max_balance' });
    await save({ regularMaxBalance: 3_000_000 });
    expect((await topUp(200_000)).result).toBe('credited');
    // A wallet activated after the change gets the new limit too.
    const later = await activeWallet();
    expect(await q(sql`select max_balance as m from wallets where user_id = ${later.id}`)).toEqual({
      m: 3_000_000,
    });
  });

  it('lowering a limit below a balance keeps the money and admits nothing more', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const body = vaNotification(number, 800_000);
    await applyNotification(NotificationSchema.parse(body), JSON.stringify(body));
    await save({ regularMaxBalance: 300_000, regularMonthlyIn: 300_000 });
    expect(
      await q(
        sql`select balance, max_balance as m, month_in as "monthIn", monthly_in_limit as "monthlyLimit"
          from wallets where user_id = ${user.id}`,
      ),
    ).toEqual({ balance: 800_000, m: 800_000, monthIn: 800_000, monthlyLimit: 800_000 });
  });

  it('the minimum client version and bank fees are read fresh; promo windows refuse overlaps', async () => {
    await save({ minClientVersion: '4.8.0 (110)', fee_BCA: 2_000 });
    expect(await textSetting('kaipay_min_client_version')).toBe('4.8.0 (110)');
    // The seeded launch promo is running: Rp 0 until it is ended.
    expect((await topUpFee('BCA')).fee).toBe(0);
    const promo = await q<{ id: number }>(sql`select id from fee_promos`);
    expect(await endPromo(await adminId(), promo.id)).toEqual({ ok: true });
    expect(await topUpFee('BCA')).toEqual({ fee: 2_000, promo: null });
    const today = new Date(now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const input = { name: 'Promo Lebaran', startsOn: today, endsOn: today, fee: 0 };
    expect(await addPromo(await adminId(), input)).toMatchObject({ ok: true });
    expect(await addPromo(await adminId(), { ...input, name: 'Lagi' })).toEqual({
      ok: false,
      code: 'promo_overlap',
    });
    expect(await topUpFee('BCA')).toEqual({ fee: 0, promo: 'Promo Lebaran' });
  });

  it('refuses values that make no sense, with a reason per field', async () => {
    const parsed = SettingsSchema.safeParse({
      ...(await currentSettings()),
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
