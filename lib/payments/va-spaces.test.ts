import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { addPassenger, openSeededDb } from '@/lib/testing/seeded-db';
import { ensureOpenVa } from './accounts';
import { closedVaCandidates, openVaCandidates, VA_BANKS, VA_FORMATS } from './banks';
import { createBookingPaymentCode } from './booking-payment';
import { holdSeat } from './testing/booking-fixtures';

let tmp: Awaited<ReturnType<typeof openSeededDb>>;
beforeEach(async () => {
  tmp = await openSeededDb();
});
afterEach(() => tmp.cleanup());

const sqlite = () => getDb().$client;
const bookingId = (code: string) =>
  (sqlite().prepare('select id from bookings where code = ?').get(code) as { id: number }).id;
function userWithPhone(phone: string): number {
  return (
    sqlite()
      .prepare(
        `insert into users (email, phone, full_name, nik, birth_date, password_hash, created_at)
         values (?, ?, 'Penyerobot', '3273011708900001', '1990-08-17', 'x', 0) returning id`,
      )
      .get(`${crypto.randomUUID()}@contoh.id`, phone) as { id: number }
  ).id;
}
/** A payment_accounts row as an older version of the app left it (an open VA on any digits). */
function legacyOpenVa(userId: number, number: string) {
  sqlite()
    .prepare(
      `insert into payment_accounts (kind, bank, number, user_id, purpose, created_at)
       values ('open_va', 'BCA', ?, ?, 'topup', 0)`,
    )
    .run(number, userId);
}

describe('open and closed VAs live in disjoint number spaces (issue 9.10)', () => {
  it('a registration phone cannot squat the next booking’s closed VA', async () => {
    const owner = addPassenger('owner@contoh.id');
    const code = holdSeat(owner);
    // +62 87 followed by the booking id: its last 11 digits are "7" + the booking id, the closed VA.
    const squatter = userWithPhone(`+6287${String(bookingId(code)).padStart(10, '0')}`);
    const open = await ensureOpenVa(squatter, 'BCA');
    const closed = await createBookingPaymentCode(owner, code, 'BCA');
    expect(closed).toMatchObject({ ok: true });
    expect(closed.ok && closed.number).not.toBe(open.number);
    expect(open.number).toMatch(/^39358[89]\d{10}$/);
    expect(closed.ok && closed.number).toMatch(/^39358[67]\d{10}$/);
  });

  it('a VA left over from before keeps working, and a closed VA steps around it or is refused clearly', async () => {
    const owner = addPassenger('owner@contoh.id');
    const code = holdSeat(owner);
    const [first, second] = closedVaCandidates('BCA', bookingId(code));
    const old = addPassenger('old@contoh.id');
    legacyOpenVa(old, first!);
    expect(await ensureOpenVa(old, 'BCA')).toEqual({ number: first, companyCode: '39358' });
    expect(await createBookingPaymentCode(owner, code, 'BCA')).toMatchObject({
      ok: true,
      number: second,
    });
    const other = holdSeat(owner, '2A');
    for (const number of closedVaCandidates('BCA', bookingId(other)))
      legacyOpenVa(addPassenger(`${number}@contoh.id`), number);
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
