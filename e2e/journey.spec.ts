import { test, expect } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { activateKaipay } from './support/kaipay';
import {
  bookTaksaka,
  e164,
  tapPin,
  topUpThroughSandbox,
  openPaidTickets,
} from './support/checkout';

const PIN = '582917';

test('register → KAIPay → top up → book → pay with KAIPay → e-ticket (no boarding QR yet) → cancel → refund in Riwayat', async ({
  page,
  context,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), PIN);
  await topUpThroughSandbox(page, context, 700_000, 'Rp 700.000');

  const code = await bookTaksaka(page);
  await page.getByRole('link', { name: 'Bayar Sekarang' }).click();
  await expect(page.getByRole('heading', { name: 'Pembayaran', level: 1 })).toBeVisible();
  // KAIPay is the first option of the payment method menu, with its balance.
  const menu = page.getByRole('navigation', { name: 'Metode pembayaran' });
  await expect(menu.getByRole('link').first()).toContainText('KAIPay');
  await expect(page.getByTestId('checkout-balance')).toHaveText('Rp 700.000');
  await expect(menu.getByRole('button', { name: 'BCA' })).toBeVisible();
  await expect(menu.getByRole('button', { name: 'Indomaret' })).toBeVisible();
  await menu.getByRole('link', { name: /KAIPay/ }).click();
  await expect(page.getByTestId('pay-amount')).toHaveText('Rp 600.000');
  await expect(page.getByText('PT Kereta Api Indonesia (Persero)')).toBeVisible();
  await tapPin(page, PIN);
  await expect(page.getByLabel('PIN KAIPay (6 digit)')).toHaveValue(PIN);
  await page.getByRole('button', { name: 'Lanjutkan' }).click();

  await openPaidTickets(page, code);
  await expect(page.getByTestId('ticket-seat')).toContainText('Gerbong EKS-1');
  await expect(page.getByTestId('boarding-opens')).toContainText(
    'E-boarding pass dapat dibuka mulai',
  );
  // Before boarding opens the e-ticket is a booking reference: no QR a gate would accept, so
  // nothing saved now can board after a cancellation (issue 9.1).
  await expect(page.getByTestId('ticket-reference')).toContainText('Bukan tiket boarding');
  await expect(page.getByTestId('ticket-reference')).toContainText(code);
  await expect(page.getByTestId('ticket-qr')).toHaveCount(0);
  await expect(page.getByRole('img', { name: /QR code tiket/ })).toHaveCount(0);
  expect(await page.content()).not.toMatch(/KAI\d\.[\w-]+\.[\w-]+/);
  await page.goto(`/tickets/${code}/boarding`);
  await expect(page).toHaveURL(new RegExp(`/tickets/${code}\\?error=not_open_yet$`));
  await expect(page.getByText('E-boarding pass belum dibuka.')).toBeVisible();
  await expect(page.getByTestId('ticket-qr')).toHaveCount(0);

  // The ticket check is for gate staff: a passenger does not reach it (issue 11.9).
  expect((await page.goto('/tickets/verify'))?.status()).toBe(404);

  const inbox = await context.newPage();
  await inbox.goto(`/sandbox/inbox?phone=${encodeURIComponent(e164(p.phone))}`);
  await expect(inbox.getByText(new RegExp(`E-tiket KAI Access ${code}`))).toBeVisible();
  await inbox.close();

  await page.goto(`/booking/${code}`);
  await expect(page.getByTestId('booking-status')).toHaveText('Lunas');
  await expect(page.getByTestId('cancel-fee')).toHaveText('-Rp 150.000');
  await expect(page.getByTestId('cancel-refund')).toHaveText('Rp 450.000');
  // Cancelling is folded behind a secondary "Batalkan pemesanan" (issue 12.8).
  await page.getByTestId('cancel-section').locator('summary').click();
  await page.getByLabel('Saya mengerti bea pembatalan tidak dikembalikan.').check();
  await page.getByRole('button', { name: 'Ya, batalkan pemesanan' }).click();
  await expect(
    page.getByText('Pemesanan dibatalkan. Refund Rp 450.000 masuk ke saldo KAIPay.'),
  ).toBeVisible();
  await expect(page.getByTestId('booking-status')).toHaveText('Dibatalkan');

  await page.goto('/kaipay');
  await expect(page.getByTestId('kaipay-balance')).toHaveText('Rp 550.000');
  await page.goto('/kaipay/riwayat?filter=refund');
  await expect(page.getByText('Rp 450.000').first()).toBeVisible();
});
