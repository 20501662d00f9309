import { test, expect, type Page } from '@playwright/test';
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
import { gateStaff, passenger as signedInPassenger } from './support/callers';
import { expectAccessible, shoot } from './support/passenger';

const PIN = '582917';
// A day no other spec books on.
const DAYS_AHEAD = 13;

async function payWithKaipay(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Bayar Sekarang' }).click();
  await page
    .getByRole('navigation', { name: 'Metode pembayaran' })
    .getByRole('link', { name: /KAIPay/ })
    .click();
  await tapPin(page, PIN);
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
}

test('an admin finds a booking by passenger name and refunds it by hand; the passenger sees it in Riwayat; every new admin page passes axe', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(300_000);
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), PIN);
  await topUpThroughSandbox(page, context, 700_000, 'Rp 700.000');
  const code = await bookTaksaka(page, DAYS_AHEAD);
  await payWithKaipay(page);
  await openPaidTickets(page, code);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await login(admin, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  await admin.goto('/admin/pemesanan');
  await admin.getByLabel('Kode, nama penumpang, NIK, atau nomor HP').fill('Budi Santoso');
  await admin.getByRole('button', { name: 'Saring' }).click();
  await expect(admin).toHaveURL(/q=Budi\+Santoso/);
  await admin.getByRole('link', { name: `Buka pemesanan ${code}` }).click();
  await expect(admin.getByRole('heading', { name: `Pemesanan ${code}`, level: 1 })).toBeVisible();
  await expect(admin.getByTestId('admin-booking-status')).toHaveText('Lunas');
  // NIK masked on the booking page too.
  await expect(admin.getByText('3273••••••••0001')).toBeVisible();

  // Refunds ask for the password again; a wrong one changes nothing.
  await admin.getByLabel('Alasan').fill('Penumpang sakit, surat dokter');
  await admin.getByLabel('Kata sandi admin').fill('salah-sekali');
  await admin.getByRole('button', { name: 'Batalkan dan refund' }).click();
  await expect(admin.getByText('Kata sandi admin salah.')).toBeVisible();
  await admin.getByLabel('Kata sandi admin').fill(E2E_ADMIN_PASSWORD);
  await admin.getByRole('button', { name: 'Batalkan dan refund' }).click();
  await expect(
    admin.getByText('Dibatalkan. Refund penuh Rp 600.000 masuk ke KAIPay.'),
  ).toBeVisible();
  await admin.reload();
  await expect(admin.getByTestId('admin-booking-status')).toHaveText('Dibatalkan');
  await expect(admin.getByTestId('admin-booking-refund')).toContainText('Rp 600.000');

  await page.goto(`/booking/${code}`);
  await expect(page.getByTestId('booking-status')).toHaveText('Dibatalkan');
  await page.goto('/kaipay/riwayat?filter=refund');
  await expect(page.getByText('Rp 600.000').first()).toBeVisible();
  await page.goto('/kaipay');
  await expect(page.getByTestId('kaipay-balance')).toHaveText('Rp 700.000');

  // The passenger's page, then every page this half of the back office adds, on two screens.
  await admin.goto('/admin/penumpang');
  await admin.getByLabel('Nama, email, NIK lengkap, atau nomor HP').fill(p.email);
  await admin.getByRole('button', { name: 'Saring' }).click();
  await admin.getByRole('link', { name: `Buka ${p.fullName}` }).click();
  await expect(admin.getByRole('heading', { name: p.fullName, level: 1 })).toBeVisible();
  const passengerPath = new URL(admin.url()).pathname;
  const pages = [
    ['bookings', `/admin/pemesanan?q=${encodeURIComponent('Budi Santoso')}`],
    ['booking', `/admin/pemesanan/${code}`],
    ['passengers', '/admin/penumpang'],
    ['passenger', passengerPath],
    ['ledger', `${passengerPath}/buku-besar`],
    ['payments', '/admin/payments'],
    ['notifications', '/admin/payments/notifikasi'],
    ['money-in', '/admin/payments/dana-masuk'],
    ['accounts', '/admin/payments/akun'],
    ['refunds', '/admin/payments/refund'],
    ['reconciliation', '/admin/rekonsiliasi'],
  ] as const;
  for (const [screen, width] of [
    ['desktop', 1280],
    ['tablet', 820],
  ] as const) {
    await admin.setViewportSize({ width, height: 1000 });
    for (const [name, path] of pages) {
      const response = await admin.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectAccessible(admin);
      await shoot(admin, `admin-money-${name}`, screen);
    }
  }
  await adminContext.close();
});

test('gate staff open the ticket check and the revocation list but get 404 under /admin; passengers no longer reach the check', async ({
  browser,
}) => {
  const staff = await gateStaff(browser);
  const page = await staff.context.newPage();
  expect((await page.goto('/tickets/verify'))?.status()).toBe(200);
  await page.getByLabel('Isi QR code').fill('KAI2.bukan.tiket');
  await page.getByRole('button', { name: 'Periksa' }).click();
  await expect(page.getByTestId('verify-result')).toHaveText(/Tanda tangan tidak sah/);
  expect((await page.request.get('/api/gate/revocations?since=0')).status()).toBe(200);
  for (const path of ['/admin', '/admin/pemesanan', '/admin/penumpang', '/admin/payments'])
    expect((await page.goto(path))?.status(), path).toBe(404);
  await staff.context.close();

  const passenger = await signedInPassenger(browser);
  const other = await passenger.context.newPage();
  expect((await other.goto('/tickets/verify'))?.status()).toBe(404);
  expect((await other.request.get('/api/gate/revocations')).status()).toBe(404);
  await passenger.context.close();
});
