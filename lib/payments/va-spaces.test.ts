import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, inTransaction, row } from '@/db';
import { addPassenger, openSeededDb } from '@/lib/testing/seeded-db';
import { ensureOpenVa } from './accounts';
import { closedVaCandidates, openVaCandidates, VA_BANKS, VA_FORMATS } from './banks';
import { createBookingPaymentCode } from './booking-payment';
import { holdSeat } from './testing/booking-fixtures';

let cleanup: () => Promise<void>;
beforeEach(async () => {
  cleanup = (await openSeededDb()).cleanup;
});
afterEach(async () => {
  await cleanup();
});

const bookingId = async (code: string) =>
  (await row<{ id: number }>(sql`select id from bookings where code = ${code}`))!.id;
async function userWithPhone(phone: string): Promise<number> {
  const email = `${crypto.randomUUID()}@contoh.id`;
  return inTransaction(
    async (tx) =>
      (await row<{ id: number }>(
        sql`insert into users (email, phone, full_name, nik, birth_date, password_hash, created_at)
         values (${email}, ${phone}, 'Penyerobot', '3273011708900001', '1990-08-17', 'x', 0) returning id`,
        tx,
      ))!.id,
  );
}
/** A payment_accounts row as an older version of the app left it (an open VA on any digits). */
async function legacyOpenVa(userId: number, number: string) {
  await inTransaction((tx) =>
    execute(
      sql`insert into payment_accounts (kind, bank, number, user_id, purpose, created_at)
       values ('open_va', 'BCA', ${number}, ${userId}, 'topup', 0)`,
      tx,
    ),
  );
}

describe('open and closed VAs live in disjoint number spaces (issue 9.10)', () => {
  it('a registration phone cannot squat the next booking’s closed VA', async () => {
    const owner = await addPassenger('owner@contoh.id');
    const code = await holdSeat(owner);
    // +62 87 followed by the booking id: its last 11 digits are "7" + the booking id, the closed VA.
    const squatter = await userWithPhone(`+6287${String(await bookingId(code)).padStart(10, '0')}`);
    const open = await ensureOpenVa(squatter, 'BCA');
    const closed = await createBookingPaymentCode(owner, code, 'BCA');
    expect(closed).toMatchObject({ ok: true });
    expect(closed.ok && closed.number).not.toBe(open.number);
    expect(open.number).toMatch(/^39358[89]\d{10}$/);
    expect(closed.ok && closed.number).toMatch(/^39358[67]\d{10}$/);
  });

  it('a VA left over from before keeps working, and a closed VA steps around it or is refused clearly', async () => {
    const owner = await addPassenger('owner@contoh.id');
    const code = await holdSeat(owner);
    const [first, second] = closedVaCandidates('BCA', await bookingId(code));
    const old = await addPassenger('old@contoh.id');
    await legacyOpenVa(old, first!);
    expect(await ensureOpenVa(old, 'BCA')).toEqual({ number: first, companyCode: '39358' });
    expect(await createBookingPaymentCode(owner, code, 'BCA')).toMatchObject({
      ok: true,
      number: second,
    });
    const other = await holdSeat(owner, '2A');
    for (const number of closedVaCandidates('BCA', await bookingId(other)))
      await legacyOpenVa(await addPassenger(`${number}@contoh.id`), number);
    expect(await createBookingPaymentCode(owner, other, 'BCA')).toEqual({
      ok: false,
      code: 'number_unavailable',
    });
  });

  it('every open candidate starts with 8 or 9 and every closed one with 7 or 6, for any phone and bank', () => {
    for (const bank of VA_BANKS) {
      const { companyCode, length } = VA_FORMATS[bank];
      for (let i = 0; i < 200; i++) {
        const phone = `+62${crypto.randomInt(10 ** 9, 10 ** 13)}`;
        for (const n of openVaCandidates(bank, phone, crypto.randomInt(1, 10 ** 6))) {
          expect(n).toHaveLength(length);
          expect(n.slice(0, 5)).toBe(companyCode);
          expect('89').toContain(n[5]);
        }
        for (const n of closedVaCandidates(bank, crypto.randomInt(1, 10 ** 6))) {
          expect(n).toHaveLength(length);
          expect('67').toContain(n[5]);
        }
      }
    }
  });
});
