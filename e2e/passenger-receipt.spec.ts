import { test, expect } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { activateKaipay } from './support/kaipay';
import { bookTaksaka, e164, tapPin, topUpThroughSandbox } from './support/checkout';
import { expectAccessible, shoot, VIEWPORTS } from './support/passenger';

// Issue 12.2: a receipt after paying, the paid booking says how and when, a landed top-up is told.
for (const { name, viewport } of VIEWPORTS) {
  test.describe(`receipt on ${name}`, () => {
    test.use({ viewport });

    test('after a top-up and a KAIPay payment the passenger is told what happened', async ({
      page,
      context,
    }) => {
      const p = newPassenger();
      await register(page, p);
      await activateKaipay(page, e164(p.phone), '582917');
      await topUpThroughSandbox(page, context, 650_000, 'Rp 650.000');
      // Back from the bank: the KAIPay page says the money landed.
      await expect(page.getByTestId('topup-landed')).toContainText(
        /Top up Rp 650\.000 masuk pukul \d\d:\d\d WIB\. Saldo sekarang Rp 650\.000\./,
      );
      await shoot(page, 'kaipay-topup-landed', name);

      const code = await bookTaksaka(page, 4);
      await page.goto(`/checkout/${code}?method=kaipay`);
      await tapPin(page, '582917');
      await page.getByTestId('pay-bar').getByRole('button', { name: 'Lanjutkan' }).click();
      // Paid: the checkout turns into its receipt in place, its heading focused; the countdown
      // and the pay bar are gone, and the e-tickets are one tap away.
      const receipt = page.getByTestId('receipt');
      const heading = receipt.getByRole('heading', { level: 1, name: 'Pembayaran berhasil' });
      await expect(heading).toBeFocused();
      await expect(receipt.getByTestId('receipt-amount')).toHaveText('Rp 600.000');
      await expect(receipt.getByTestId('receipt-method')).toHaveText('KAIPay');
      await expect(receipt.getByTestId('receipt-time')).toHaveText(/\d{4} \d\d:\d\d WIB$/);
      await expect(receipt.getByTestId('receipt-balance')).toHaveText('Rp 50.000');
      await expect(receipt.getByTestId('paid-code')).toHaveText(code);
      await expect(page.getByTestId('pay-bar')).toHaveCount(0);
      await expect(page.getByTestId('booking-status')).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`/checkout/${code}`));
      await shoot(page, 'checkout-paid', name);
      await expectAccessible(page);
      // A reload keeps the receipt (the page itself renders it for a paid booking).
      await page.reload();
      await expect(heading).toBeVisible();
      await receipt.getByRole('link', { name: 'Lihat E-tiket' }).click();
      await expect(page.getByTestId('tickets-code')).toHaveText(code);
      await expect(page.getByTestId('receipt')).toHaveCount(0);
      // Back shows the receipt again, never the PIN pad of a booking already paid.
      await page.goBack();
      await expect(heading).toBeVisible();
      await expect(page.getByLabel('PIN KAIPay (6 digit)')).toHaveCount(0);

      await page.goto(`/booking/${code}`);
      await expect(page.getByTestId('paid-with')).toHaveText(
        /^Dibayar dengan KAIPay pada .* \d\d:\d\d WIB\.$/,
      );
      await shoot(page, 'booking-paid', name);
    });
  });
}

test('someone else’s checkout (where the receipt is) is a 404', async ({ page, browser }) => {
  await register(page, newPassenger());
  const code = await bookTaksaka(page, 5);
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const stranger = await other.newPage();
  await register(stranger, newPassenger());
  expect((await stranger.request.get(`/checkout/${code}`)).status()).toBe(404);
  await other.close();
});
