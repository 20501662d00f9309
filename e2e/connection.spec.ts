import { test, expect } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { activateKaipay } from './support/kaipay';
import { e164, tapPin, topUpThroughSandbox, openPaidTickets } from './support/checkout';
import { wibDateIn } from './support/dates';

const PIN = '582917';
const rupiah = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const format = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;

test('no direct train Pekalongan → Yogyakarta: the connection is one booking, paid once with KAIPay, tickets for both trains, one cancellation and one refund', async ({
  page,
  context,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), PIN);
  await topUpThroughSandbox(page, context, 1_500_000, 'Rp 1.500.000');

  await page.goto('/');
  await page.getByLabel('Stasiun asal').fill('Pekalongan');
  await page.getByLabel('Stasiun tujuan').fill('Yogyakarta');
  await page.getByLabel('Tanggal berangkat').fill(wibDateIn(3));
  await page.getByLabel('Dewasa').fill('1');
  await page.getByRole('button', { name: 'Cari Tiket' }).click();
  // No train runs PK → YK: said as such, never as "full".
  await expect(
    page.getByRole('heading', { name: 'Tidak ada kereta langsung', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText('Tidak ada kereta langsung pada rute ini.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText(/penuh/)).toHaveCount(0);
  const first = page.getByTestId('connection').first();
  // Trains of a connection are never booked one by one.
  await expect(first.getByRole('link', { name: /^Pilih / })).toHaveCount(0);
  await first.getByRole('button', { name: /^Pilih perjalanan / }).click();

  await expect(page.getByTestId('summary-leg')).toHaveCount(2);
  await expect(page.getByTestId('seat-picker-2')).toBeVisible();
  const total = rupiah(await page.getByTestId('booking-total').textContent());
  await page.getByLabel('Nama lengkap (sesuai identitas)').fill('Budi Santoso');
  await page.getByLabel('Nomor identitas').fill('3273011708900001');
  await page.getByRole('button', { name: 'Lanjutkan ke pembayaran' }).click();
  await expect(page.getByTestId('booking-status')).toHaveText('Menunggu pembayaran');
  const code = (await page.getByTestId('booking-code').textContent())!;
  await expect(page.getByTestId('summary-leg')).toHaveCount(2);

  await page.getByRole('link', { name: 'Bayar Sekarang' }).click();
  await page
    .getByRole('navigation', { name: 'Metode pembayaran' })
    .getByRole('link', { name: /KAIPay/ })
    .click();
  await expect(page.getByTestId('pay-amount')).toHaveText(format(total));
  await tapPin(page, PIN);
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await openPaidTickets(page, code);
  // One ticket per train, grouped by train, with the change between them.
  await expect(page.getByTestId('ticket-leg')).toHaveCount(2);
  await expect(page.getByTestId('e-ticket')).toHaveCount(2);
  await expect(page.getByTestId('ticket-transit')).toContainText('Ganti kereta di');
  await expect(page.getByText(`${code}-11-2`)).toBeVisible();

  await page.goto('/kaipay');
  await expect(page.getByTestId('kaipay-balance')).toHaveText(format(1_500_000 - total));

  await page.goto(`/booking/${code}`);
  await expect(page.getByTestId('booking-status')).toHaveText('Lunas');
  const fee = Math.ceil(total / 4);
  // Cancelling is a secondary action behind a fold, then a confirmation.
  await page.getByTestId('cancel-section').locator('summary').click();
  await expect(page.getByTestId('cancel-refund')).toHaveText(format(total - fee));
  await page.getByLabel('Saya mengerti bea pembatalan tidak dikembalikan.').check();
  await page.getByRole('button', { name: 'Ya, batalkan pemesanan' }).click();
  await expect(page.getByTestId('booking-status')).toHaveText('Dibatalkan');

  // The whole journey refunded once: the balance is back to all but the fee.
  await page.goto('/kaipay');
  await expect(page.getByTestId('kaipay-balance')).toHaveText(format(1_500_000 - fee));
  await page.goto('/kaipay/riwayat?filter=refund');
  await expect(
    page.getByTestId('history-row').filter({ hasText: `+${format(total - fee)}` }),
  ).toHaveCount(1);
  await expect(
    page.getByTestId('history-row').filter({ hasText: `−${format(total)}` }),
  ).toHaveCount(1);
});
