import { test, expect } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './support/constants';
import { newPassenger, login, register } from './support/people';
import { activateKaipay } from './support/kaipay';
import {
  bookTaksaka,
  e164,
  tapPin,
  topUpThroughSandbox,
  openPaidTickets,
} from './support/checkout';
import { wibDateIn } from './support/dates';

const PIN = '582917';
// A day no other spec books on, since the whole trip is cancelled here.
const DAYS_AHEAD = 11;

test('an admin cancels a trip: the passenger is refunded in full to KAIPay (Riwayat), told in the inbox; cancelling again changes nothing', async ({
  page,
  context,
  browser,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), PIN);
  await topUpThroughSandbox(page, context, 700_000, 'Rp 700.000');
  const code = await bookTaksaka(page, DAYS_AHEAD);
  await page.getByRole('link', { name: 'Bayar Sekarang' }).click();
  await page
    .getByRole('navigation', { name: 'Metode pembayaran' })
    .getByRole('link', { name: /KAIPay/ })
    .click();
  await tapPin(page, PIN);
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await openPaidTickets(page, code);
  await page.goto('/kaipay');
  await expect(page.getByTestId('kaipay-balance')).toHaveText('Rp 100.000');

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await login(admin, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  await admin.goto(`/admin/perjalanan?date=${wibDateIn(DAYS_AHEAD)}&train=44`);
  await admin.getByRole('link', { name: 'KA 44 Taksaka' }).click();
  await expect(admin.getByRole('heading', { name: /KA 44 Taksaka/, level: 1 })).toBeVisible();
  await expect(admin.getByText('Lunas: 1')).toBeVisible();
  // Money moves: the password is asked again, and a wrong one changes nothing.
  await admin.getByLabel('Alasan (misalnya perubahan Gapeka, gangguan)').fill('Perubahan Gapeka');
  await admin.getByLabel('Kata sandi admin').fill('salah-sekali');
  await admin.getByRole('button', { name: 'Batalkan perjalanan' }).click();
  await expect(admin.getByText('Kata sandi admin salah.')).toBeVisible();
  await page.goto(`/booking/${code}`);
  await expect(page.getByTestId('booking-status')).toHaveText('Lunas');

  await admin.getByLabel('Kata sandi admin').fill(E2E_ADMIN_PASSWORD);
  await admin.getByRole('button', { name: 'Batalkan perjalanan' }).click();
  await expect(
    admin.getByText(/Perjalanan dibatalkan\. 1 refund ke KAIPay, 0 menunggu transfer bank/),
  ).toBeVisible();
  await expect(admin.getByText('Dibatalkan', { exact: true })).toBeVisible();

  await page.goto(`/booking/${code}`);
  await expect(page.getByTestId('booking-status')).toHaveText('Dibatalkan');
  await page.goto('/kaipay');
  await expect(page.getByTestId('kaipay-balance')).toHaveText('Rp 700.000');
  await page.goto('/kaipay/riwayat?filter=refund');
  await expect(page.getByText('Rp 600.000').first()).toBeVisible();
  const inbox = await context.newPage();
  await inbox.goto(`/sandbox/inbox?phone=${encodeURIComponent(e164(p.phone))}`);
  await expect(
    inbox.getByText(/dibatalkan oleh KAI.*dikembalikan penuh Rp 600\.000/),
  ).toBeVisible();
  await inbox.close();

  // Twice: nothing more is refunded.
  await admin.getByLabel('Alasan (misalnya perubahan Gapeka, gangguan)').fill('Sekali lagi');
  await admin.getByLabel('Kata sandi admin').fill(E2E_ADMIN_PASSWORD);
  await admin.getByRole('button', { name: 'Batalkan perjalanan' }).click();
  await expect(admin.getByText('Perjalanan ini sudah dibatalkan sebelumnya')).toBeVisible();
  await page.goto('/kaipay');
  await expect(page.getByTestId('kaipay-balance')).toHaveText('Rp 700.000');

  await admin.goto('/admin/audit?action=trip.cancel');
  await expect(admin.getByRole('cell', { name: 'Perubahan Gapeka' })).toBeVisible();
  await adminContext.close();
});
