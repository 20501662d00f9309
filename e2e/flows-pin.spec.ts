import { test, expect } from '@playwright/test';
import { activateKaipay } from './support/kaipay';
import { bookTaksaka, e164, topUpThroughSandbox, openPaidTickets } from './support/checkout';
import { signInNew } from './support/callers';

/**
 * Lupa PIN from where a passenger meets it: the checkout's PIN pad. The reset leads back to the
 * checkout, the old PIN no longer pays and the new one does (e2e/kaipay.spec.ts covers the page
 * itself; this proves the new PIN is the one that counts).
 */
test('Lupa PIN at checkout: an OTP sets a new PIN, back to the payment, the old PIN refused, the new one pays', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const p = await signInNew(page);
  await activateKaipay(page, e164(p.phone), '582917');
  await topUpThroughSandbox(page, context, 1_500_000, 'Rp 1.500.000');
  const code = await bookTaksaka(page, 12);
  await page.goto(`/checkout/${code}?method=kaipay`);
  await page.getByRole('link', { name: 'Lupa PIN', exact: true }).click();
  await expect(page).toHaveURL(/\/kaipay\/pin\/lupa\?next=/);
  await page.getByRole('button', { name: 'Kirim OTP' }).click();
  await expect(page.getByText(/Kode OTP dikirim/)).toBeVisible();
  // The reset code (not the activation's, also in this inbox), once the outbox has delivered it.
  const inbox = await context.newPage();
  const resetMessage = inbox
    .getByTestId('chat-message')
    .filter({ hasText: 'atur ulang PIN KAIPay' })
    .last();
  await expect(async () => {
    await inbox.goto(`/sandbox/inbox?phone=${encodeURIComponent(e164(p.phone))}`);
    await expect(resetMessage).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const otp = (await resetMessage.textContent())!.match(/\b(\d{6})\b/)![1]!;
  await inbox.close();
  await page.getByLabel('Kode OTP').fill(otp);
  await page.getByLabel('PIN baru', { exact: true }).fill('731905');
  await page.getByLabel('Ulangi PIN baru').fill('731905');
  await page.getByRole('button', { name: 'Atur PIN baru' }).click();
  await expect(page.getByTestId('pin-reset-done')).toBeVisible();
  await page.getByTestId('pin-reset-done').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/checkout/${code}\\?method=kaipay`));

  await page.getByLabel('PIN KAIPay (6 digit)').fill('582917');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByText(/PIN salah/)).toBeVisible();
  await page.getByLabel('PIN KAIPay (6 digit)').fill('731905');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await openPaidTickets(page, code);
});
