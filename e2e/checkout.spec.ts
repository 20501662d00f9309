import { test, expect } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { activateKaipay } from './support/kaipay';
import { bookTaksaka, e164, topUpThroughSandbox } from './support/checkout';

test('a wrong PIN at checkout is refused, counted, and charges nothing', async ({
  page,
  context,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), '582917');
  await topUpThroughSandbox(page, context, 650_000, 'Rp 650.000');
  const code = await bookTaksaka(page, 4);
  await page.goto(`/checkout/${code}?method=kaipay`);
  // Typed on the keyboard this time.
  await page.getByLabel('PIN KAIPay (6 digit)').fill('111222');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByText('PIN salah. Sisa 2 kali percobaan.')).toBeVisible();
  await expect(page.getByLabel('PIN KAIPay (6 digit)')).toHaveValue('');
  await expect(page.getByTestId('booking-status')).toHaveText('Menunggu pembayaran');
  await page.goto('/kaipay');
  await expect(page.getByTestId('kaipay-balance')).toHaveText('Rp 650.000');
});

test('checkout without an active KAIPay links to activation and back; a VA shows its exact amount', async ({
  page,
}) => {
  await register(page, newPassenger());
  const code = await bookTaksaka(page, 5);
  await page.goto(`/checkout/${code}`);
  await expect(page.getByRole('link', { name: 'Aktifkan KAIPay' })).toHaveAttribute(
    'href',
    `/kaipay/aktivasi?next=${encodeURIComponent(`/checkout/${code}`)}`,
  );
  await page.getByRole('button', { name: 'BCA' }).click();
  await expect(page.getByTestId('booking-va-number')).toHaveText(/^39358\d{11}$/);
  await expect(page.getByTestId('booking-va-amount')).toHaveText('Rp 600.000');
});

test("another passenger's checkout and tickets are 404", async ({ page, browser }) => {
  await register(page, newPassenger());
  const code = await bookTaksaka(page, 6);
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await register(stranger, newPassenger());
  const response = await stranger.goto(`/checkout/${code}`);
  expect(response?.status()).toBe(404);
  await expect(stranger.getByText('Halaman tidak ditemukan')).toBeVisible();
  expect((await stranger.goto(`/booking/${code}`))?.status()).toBe(404);
  await other.close();
});
