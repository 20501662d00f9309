import { test, expect } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { activateKaipay } from './support/kaipay';
import { e164, tapPin, topUpThroughSandbox, openPaidTickets } from './support/checkout';
import { expectAccessible, shoot, VIEWPORTS } from './support/passenger';
import { bookTaksakaTrain } from './support/journey';

const PIN = '582917';
// Taksaka KA 46 leaves Gambir 21:35 and reaches Yogyakarta 03:55 the next day.
const OVERNIGHT = /\w{3}, \d{1,2} \w{3} \d{4} 03:55/;

// Issue 12.5 (an overnight arrival carries its date everywhere), 12.7 (a cancelled booking's
// e-ticket link is not a dead end) and 12.8 (clear records and actions).
for (const { name, viewport } of VIEWPORTS) {
  test.describe(`records on ${name}`, () => {
    test.use({ viewport });

    test('overnight train: dated arrival on every page, Tiket Saya badges, Ubah Jadwal highlights, Riwayat names the train, cancel behind a confirmation, then the e-ticket link says cancelled and refunded', async ({
      page,
      context,
    }) => {
      test.setTimeout(120_000);
      const p = newPassenger();
      await register(page, p);
      await activateKaipay(page, e164(p.phone), PIN);
      await topUpThroughSandbox(page, context, 1_500_000, 'Rp 1.500.000');
      const code = await bookTaksakaTrain(page, '46', 5);
      // The booking form's summary already shows the dated arrival.
      await expect(page.getByText(OVERNIGHT).first()).toBeVisible();

      await page.goto(`/checkout/${code}?method=kaipay`);
      await tapPin(page, PIN);
      await page.getByTestId('pay-bar').getByRole('button', { name: 'Lanjutkan' }).click();
      await openPaidTickets(page, code);
      await expect(page.getByTestId('e-ticket')).toContainText(
        new RegExp(`${OVERNIGHT.source} WIB · Yogyakarta \\(YK\\)`),
      );
      await shoot(page, 'journey-eticket-overnight', name);

      await page.goto(`/booking/${code}`);
      await expect(page.getByRole('region', { name: 'Ringkasan' })).toContainText(OVERNIGHT);
      // Cancelling is a secondary action, folded: nothing to confirm until it is opened.
      const cancel = page.getByTestId('cancel-section');
      await expect(cancel.locator('summary')).toHaveText('Batalkan pemesanan');
      await expect(page.getByRole('button', { name: 'Ya, batalkan pemesanan' })).toBeHidden();
      await shoot(page, 'journey-booking-paid', name);
      await expectAccessible(page);

      await page.goto('/tickets');
      const row = page.getByTestId('booking-row').filter({ hasText: code });
      await expect(row.getByTestId('booking-badge')).toHaveText('Lunas');
      await expect(row.getByTestId('booking-route')).toHaveText('Gambir (GMR) → Yogyakarta (YK)');
      await expect(row).toContainText(OVERNIGHT);
      await shoot(page, 'journey-tiket-saya', name);
      await expectAccessible(page);

      await page.goto(`/booking/${code}/ubah-jadwal`);
      await expect(page.getByTestId('current-trip')).toContainText('Taksaka (KA 46)');
      await expect(page.getByTestId('current-trip')).toContainText(OVERNIGHT);
      await page
        .getByRole('link', { name: /^Pilih Taksaka/ })
        .first()
        .click();
      const chosen = page.getByTestId('chosen-trip');
      await expect(chosen).toContainText('Dipilih');
      await expect(chosen).toHaveAttribute('aria-current', 'true');
      await expect(chosen.getByRole('link', { name: /^Pilih/ })).toHaveCount(0);
      await shoot(page, 'journey-ubah-jadwal-chosen', name);
      await expectAccessible(page);
      await tapPin(page, PIN);
      await page.getByRole('button', { name: 'Lanjutkan' }).last().click();
      await expect(page.getByText('Jadwal diubah.')).toBeVisible();

      await page.goto('/kaipay/riwayat');
      const fee = page.getByTestId('history-row').filter({ hasText: 'Biaya ubah jadwal' });
      await expect(fee.getByTestId('history-trip')).toContainText('Gambir → Yogyakarta');
      await expect(fee.getByTestId('history-trip')).toContainText('Taksaka (KA');
      await expect(
        page.getByTestId('history-row').filter({ hasText: 'Pembayaran tiket' }),
      ).toContainText(code);
      await shoot(page, 'journey-riwayat', name);
      await expectAccessible(page);

      await page.goto(`/booking/${code}`);
      await cancel.locator('summary').click();
      await shoot(page, 'journey-cancel-open', name);
      await page.getByLabel('Saya mengerti bea pembatalan tidak dikembalikan.').check();
      await page.getByRole('button', { name: 'Ya, batalkan pemesanan' }).click();
      await expect(page.getByTestId('booking-status')).toHaveText('Dibatalkan');

      // The e-ticket link from WhatsApp still leads somewhere for its owner.
      const response = await page.goto(`/tickets/${code}`);
      expect(response?.status()).toBe(200);
      const notice = page.getByTestId('ticket-cancelled');
      await expect(notice.getByRole('heading')).toHaveText('Pemesanan ini sudah dibatalkan');
      await expect(notice.getByTestId('cancelled-refund')).toHaveText(
        /^Refund Rp [\d.]+ sudah masuk ke saldo KAIPay Anda pada .* WIB\.$/,
      );
      await expect(page.getByTestId('e-ticket')).toHaveCount(0);
      await shoot(page, 'journey-eticket-cancelled', name);
      await expectAccessible(page);
    });
  });
}

test('a cancelled booking’s e-ticket link is still a 404 for anyone else', async ({
  page,
  browser,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), PIN);
  await topUpThroughSandbox(page, page.context(), 700_000, 'Rp 700.000');
  const code = await bookTaksakaTrain(page, '44', 6);
  await page.goto(`/checkout/${code}?method=kaipay`);
  await tapPin(page, PIN);
  await page.getByTestId('pay-bar').getByRole('button', { name: 'Lanjutkan' }).click();
  await openPaidTickets(page, code);
  await page.goto(`/booking/${code}`);
  await page.getByTestId('cancel-section').locator('summary').click();
  await page.getByLabel('Saya mengerti bea pembatalan tidak dikembalikan.').check();
  await page.getByRole('button', { name: 'Ya, batalkan pemesanan' }).click();
  await expect(page.getByTestId('booking-status')).toHaveText('Dibatalkan');

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const stranger = await other.newPage();
  await register(stranger, newPassenger());
  expect((await stranger.goto(`/tickets/${code}`))?.status()).toBe(404);
  await expect(stranger.getByTestId('ticket-cancelled')).toHaveCount(0);
  await other.close();
});
