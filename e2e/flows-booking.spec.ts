import { test, expect, type Page } from '@playwright/test';
import { activateKaipay } from './support/kaipay';
import { bookTaksaka, e164, topUpThroughSandbox, openPaidTickets } from './support/checkout';
import { signInNew } from './support/callers';
import { wibDateIn } from './support/dates';
import { withE2eDb } from './support/database';

/**
 * Passenger flows that were only tested below the browser: Ubah Jadwal end to end, and a hold that
 * runs out. Seats are read from the e2e database to prove they were freed.
 */

const rupiah = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** The trip and seat segments a booking holds right now. */
async function heldSeats(code: string): Promise<{ tripId: number; seats: number }> {
  return withE2eDb(
    async (db) =>
      (await db.get<{ tripId: number; seats: number }>(
        `select b.trip_id as "tripId", count(s.booking_id) as seats
           from bookings b left join seat_segments s on s.booking_id = b.id
          where b.code = ? group by b.id`,
        code,
      ))!,
  );
}

async function seatsOnTrip(tripId: number, code: string): Promise<number> {
  return withE2eDb(
    async (db) =>
      (await db.get<{ n: number }>(
        `select count(*) as n from seat_segments s join bookings b on b.id = s.booking_id
          where s.trip_id = ? and b.code = ?`,
        tripId,
        code,
      ))!.n,
  );
}

async function balance(page: Page): Promise<number> {
  await page.goto('/kaipay');
  return rupiah((await page.getByTestId('kaipay-balance').textContent())!);
}

test('Ubah Jadwal: a paid booking moves to another day with the PIN; the fee is shown and charged, the old seats are freed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const p = await signInNew(page);
  await activateKaipay(page, e164(p.phone), '582917');
  await topUpThroughSandbox(page, page.context(), 1_500_000, 'Rp 1.500.000');
  const code = await bookTaksaka(page, 9);
  await page.goto(`/checkout/${code}?method=kaipay`);
  await page.getByLabel('PIN KAIPay (6 digit)').fill('582917');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await openPaidTickets(page, code);
  const before = await heldSeats(code);
  expect(before.seats).toBeGreaterThan(0);
  const balanceBefore = await balance(page);

  await page.goto(`/booking/${code}`);
  await page.getByRole('link', { name: 'Ubah Jadwal' }).click();
  await expect(page.getByRole('heading', { name: /Ubah Jadwal/ })).toBeVisible();
  await page.getByLabel('Tanggal baru').fill(wibDateIn(10));
  await page.getByRole('button', { name: 'Cari jadwal' }).click();
  await page
    .getByRole('link', { name: /^Pilih Taksaka/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Konfirmasi ubah jadwal' })).toBeVisible();
  const fee = rupiah((await page.getByTestId('reschedule-fee').textContent())!);
  expect(fee, 'a fee is shown').toBeGreaterThan(0);
  const difference = rupiah(
    (await page
      .getByText('Selisih harga', { exact: true })
      .locator('xpath=following-sibling::dd[1]')
      .textContent())!,
  );
  // A wrong PIN first: refused, nothing moves.
  await page.getByLabel('PIN KAIPay (6 digit)').fill('000000');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByText(/PIN salah/)).toBeVisible();
  expect(await heldSeats(code)).toEqual(before);
  await page.getByLabel('PIN KAIPay (6 digit)').fill('582917');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();

  await expect(page).toHaveURL(new RegExp(`/booking/${code}\\?rescheduled=1`));
  await expect(page.getByText('Jadwal diubah.', { exact: false })).toBeVisible();
  await expect(page.getByText(/Jadwal sebelumnya/)).toContainText(
    `Rp ${fee.toLocaleString('id-ID')}`,
  );
  const after = await heldSeats(code);
  expect(after.tripId, 'the booking is on another trip').not.toBe(before.tripId);
  expect(after.seats).toBe(before.seats);
  expect(await seatsOnTrip(before.tripId, code), 'the old seats are free again').toBe(0);
  // The fee and a dearer train's difference are charged, nothing else.
  expect(balanceBefore - (await balance(page))).toBe(fee + difference);
  // Only once.
  await page.goto(`/booking/${code}`);
  await expect(page.getByRole('link', { name: 'Ubah Jadwal' })).toHaveCount(0);
});

test('a hold that runs out: the passenger sees Kedaluwarsa and Pesan lagi, and the seat is free again', async ({
  page,
}) => {
  await signInNew(page);
  // Day 8: day 11's Taksaka is cancelled by e2e/admin-trip-cancel.spec.ts in the same run.
  const code = await bookTaksaka(page, 8);
  const held = await heldSeats(code);
  expect(held.seats).toBeGreaterThan(0);
  // The e2e server runs on the real clock: move the deadline into the past in the database.
  await withE2eDb((db) =>
    db.run('update bookings set hold_expires_at = ? where code = ?', Date.now() - 60_000, code),
  );
  // Any availability read (or the 30-second sweep) frees it.
  await expect(async () => {
    await page.goto(`/booking/${code}`);
    await expect(page.getByTestId('booking-status')).toHaveText('Kedaluwarsa', { timeout: 1000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByText('Waktu pembayaran habis. Kursi telah dilepas.')).toBeVisible();
  expect(await seatsOnTrip(held.tripId, code), 'the seat is free again').toBe(0);
  await expect(page.getByRole('link', { name: 'Bayar Sekarang' })).toHaveCount(0);
  await page.goto(`/checkout/${code}?method=kaipay`);
  await expect(page.getByLabel('PIN KAIPay (6 digit)')).toHaveCount(0);
  await page.goto(`/booking/${code}`);
  await page.getByRole('link', { name: 'Pesan lagi' }).click();
  await expect(page).toHaveURL(/\/search\?/);
  await expect(
    page.getByRole('article').filter({ hasText: 'Taksaka (KA 44)' }).first(),
  ).toBeVisible();
});
