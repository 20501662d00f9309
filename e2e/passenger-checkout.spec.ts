import { test, expect } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { activateKaipay } from './support/kaipay';
import { bookTaksaka, e164, tapPin, topUpThroughSandbox } from './support/checkout';
import { expectAccessible, paymentTableCounts, shoot, VIEWPORTS } from './support/passenger';

// Issue 12.1 (the chosen method opens where it was chosen, with a bar for the total and the pay
// button) and issue 10.2 (rendering checkout never writes; choosing a bank is a form post).
for (const { name, viewport } of VIEWPORTS) {
  test.describe(`checkout on ${name}`, () => {
    test.use({ viewport });

    test('KAIPay opens its PIN pad under the tile, the bar pays', async ({ page, context }) => {
      const p = newPassenger();
      await register(page, p);
      await activateKaipay(page, e164(p.phone), '582917');
      await topUpThroughSandbox(page, context, 650_000, 'Rp 650.000');
      const code = await bookTaksaka(page, 4);
      await page.goto(`/checkout/${code}`);
      await expect(page.getByTestId('deadline-clock')).toHaveText(
        /^Bayar sebelum .*\d\d:\d\d WIB$/,
      );
      await expect(page.getByTestId('pay-bar-total')).toHaveText('Rp 600.000');
      await shoot(page, 'checkout', name);
      await page
        .getByTestId('method-kaipay')
        .getByRole('link', { name: /^KAIPay/ })
        .click();
      // The PIN input takes the focus right under the KAIPay tile, on screen, with the bar below.
      const pin = page.getByLabel('PIN KAIPay (6 digit)');
      await expect(pin).toBeFocused();
      await expect(pin).toBeInViewport();
      const tile = page.getByTestId('method-kaipay');
      await expect(tile.getByLabel('PIN KAIPay (6 digit)')).toBeVisible();
      const bar = page.getByTestId('pay-bar');
      await expect(bar.getByRole('button', { name: 'Lanjutkan' })).toBeInViewport();
      await shoot(page, 'checkout-kaipay', name);
      await expectAccessible(page);
      await tapPin(page, '582917');
      await bar.getByRole('button', { name: 'Lanjutkan' }).click();
      await expect(page.getByRole('heading', { name: 'Pembayaran berhasil' })).toBeVisible();
    });

    test('a bank opens its VA number under the tile; rendering checkout writes nothing', async ({
      page,
    }) => {
      await register(page, newPassenger());
      const code = await bookTaksaka(page, 5);
      const before = await paymentTableCounts();
      // A prefetch, a crawler or a hand-typed URL: any query string, nothing is created.
      for (const query of [
        '',
        '?method=BCA',
        '?method=INDOMARET',
        '?method=kaipay&x=1',
        '?method=NOPE',
      ]) {
        const res = await page.request.get(`/checkout/${code}${query}`);
        expect(res.status()).toBe(200);
      }
      await page.goto(`/checkout/${code}?method=BNI`);
      await expect(page.getByRole('button', { name: 'Buat nomor pembayaran BNI' })).toBeVisible();
      await expect(page.getByTestId('booking-va-number')).toHaveCount(0);
      expect(await paymentTableCounts()).toEqual(before);

      await page.goto(`/checkout/${code}`);
      await page.getByRole('button', { name: 'BCA' }).click();
      await expect(page).toHaveURL(new RegExp(`/checkout/${code}\\?method=BCA`));
      // The number sits in the BCA row, the panel has the focus and is on screen.
      const row = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('button', { name: 'BCA' }) });
      await expect(row.getByTestId('booking-va-number')).toHaveText(/^39358\d{11}$/);
      await expect(page.locator('#pay-panel')).toBeFocused();
      await expect(page.getByTestId('booking-va-number')).toBeInViewport();
      await expect(page.getByRole('button', { name: 'BCA' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      expect((await paymentTableCounts()).payment_accounts).toBe(before.payment_accounts! + 1);
      await shoot(page, 'checkout-va', name);
      await expectAccessible(page);
      // Showing it again reads the same number and creates nothing.
      const after = await paymentTableCounts();
      await page.reload();
      expect(await paymentTableCounts()).toEqual(after);
    });
  });
}

test('without JavaScript, choosing an outlet is a form post that shows the code under it', async ({
  page,
  browser,
}) => {
  await register(page, newPassenger());
  const code = await bookTaksaka(page, 6);
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    viewport: VIEWPORTS[1].viewport,
    baseURL: test.info().project.use.baseURL,
    storageState: await page.context().storageState(),
  });
  const phone = await plain.newPage();
  await phone.goto(`/checkout/${code}`);
  await phone.getByRole('button', { name: 'Indomaret' }).click();
  await expect(phone).toHaveURL(new RegExp(`/checkout/${code}\\?method=INDOMARET#pay-panel$`));
  const row = phone
    .getByRole('listitem')
    .filter({ has: phone.getByRole('button', { name: 'Indomaret' }) });
  await expect(row.getByTestId('booking-va-number')).toHaveText(/^8801\d{10}$/);
  await expect(row.getByTestId('booking-va-number')).toBeInViewport();
  // KAIPay without an active wallet says why, under its own tile.
  await phone
    .getByTestId('method-kaipay')
    .getByRole('link', { name: /^KAIPay/ })
    .click();
  await expect(phone.getByTestId('method-kaipay')).toContainText(
    'KAIPay belum bisa dipakai untuk pemesanan ini.',
  );
  await plain.close();
});

test('a stranger cannot make a payment number for someone else’s booking', async ({
  page,
  browser,
}) => {
  await register(page, newPassenger());
  const code = await bookTaksaka(page, 6);
  const before = await paymentTableCounts();
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const stranger = await other.newPage();
  await register(stranger, newPassenger());
  expect((await stranger.request.get(`/checkout/${code}?method=BCA`)).status()).toBe(404);
  expect(await paymentTableCounts()).toEqual(before);
  await other.close();
});
