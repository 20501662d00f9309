import { test, expect, type Page } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { activateKaipay, readOtp } from './support/kaipay';
import { e164, openTopUpVa, topUpThroughSandbox } from './support/checkout';
import { payAtBank } from './support/sandbox-bank';
import { expectAccessible, shoot, VIEWPORTS } from './support/passenger';
import { bookTaksakaTrain } from './support/journey';

const PIN = '582917';
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

/** A screenshot and an accessibility check of the page as it stands, on a desktop and a phone. */
async function onBothScreens(page: Page, shot: string) {
  for (const { name, viewport } of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await shoot(page, shot, name);
    await expectAccessible(page);
  }
}

// Issue 12.7: a successful Lupa PIN leads on; after an OTP lock there is no resend countdown.
test('Lupa PIN from the checkout leads back to the payment; three wrong codes lock it with a time, no countdown', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), PIN);
  await topUpThroughSandbox(page, context, 700_000, 'Rp 700.000');
  const code = await bookTaksakaTrain(page, '44', 5);
  await page.goto(`/checkout/${code}?method=kaipay`);
  await page.getByRole('link', { name: 'Lupa PIN', exact: true }).click();
  await expect(page).toHaveURL(/\/kaipay\/pin\/lupa\?next=/);
  await page.getByRole('button', { name: 'Kirim OTP' }).click();
  await expect(page.getByText('kode OTP dikirim lewat SMS.')).toBeVisible();
  await page.getByLabel('Kode OTP').fill(await readOtp(context, e164(p.phone)));
  await page.getByLabel('PIN baru', { exact: true }).fill('731905');
  await page.getByLabel('Ulangi PIN baru').fill('731905');
  await page.getByRole('button', { name: 'Atur PIN baru' }).click();
  const done = page.getByTestId('pin-reset-done');
  await expect(done).toContainText('PIN baru tersimpan dan kunci pembayaran dibuka.');
  await onBothScreens(page, 'journey-lupa-pin-done');
  await done.getByRole('link', { name: 'Lanjutkan pembayaran' }).click();
  await expect(page).toHaveURL(new RegExp(`/checkout/${code}\\?method=kaipay$`));

  // Without a way back, it leads to KAIPay; a lock says when, with nothing counting down.
  await page.goto('/kaipay/pin/lupa');
  await expect(page.getByRole('timer')).toContainText('Kirim ulang kode dalam');
  await page.waitForTimeout(61_000);
  await page.reload();
  await page.getByRole('button', { name: 'Kirim OTP' }).click();
  const sent = await readOtp(context, e164(p.phone));
  for (let i = 0; i < 3; i++) {
    await page.getByLabel('Kode OTP').fill(wrong(sent));
    await page.getByLabel('PIN baru', { exact: true }).fill('640273');
    await page.getByLabel('Ulangi PIN baru').fill('640273');
    await page.getByRole('button', { name: 'Atur PIN baru' }).click();
    // Each answer before the next try: the form clears the code when it answers.
    if (i < 2) await expect(page.getByText(`Sisa ${2 - i} kali percobaan`)).toBeVisible();
  }
  await expect(page.getByTestId('otp-blocked')).toContainText(/setelah .*\d\d:\d\d WIB\./);
  await expect(page.getByRole('timer')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Kirim/ })).toHaveCount(0);
  await onBothScreens(page, 'journey-lupa-pin-locked');
});

// Issue 12.8: the API-token page lives on the account page now.
test('API tokens: on the account page, not in the KAIPay menu; the old address redirects', async ({
  page,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), PIN);
  await expect(page.getByRole('navigation', { name: 'Menu KAIPay' })).not.toContainText('Token');
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Token API aplikasi' })).toBeVisible();
  await onBothScreens(page, 'journey-account');
  await page.getByRole('link', { name: 'Kelola token API' }).click();
  await expect(page).toHaveURL(/\/account\/token$/);
  await page.getByLabel('Nama token').fill('Ponsel');
  await page.getByRole('button', { name: 'Buat token' }).click();
  await expect(page.getByTestId('new-token')).toHaveText(/^kai_/);
  await onBothScreens(page, 'journey-account-token');
  await page.goto('/kaipay/token');
  await expect(page).toHaveURL(/\/account\/token$/);
  await expect(page.getByText('Ponsel')).toBeVisible();
});

// Issue 12.11: the sandbox bank lists only this payer's payments, in words, never a retry first.
test('sandbox bank: the payer sees their own payment delivered; another browser sees none of it', async ({
  page,
  browser,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), PIN);
  const va = await openTopUpVa(page, 'atm', 'BCA');
  const bank = await page.context().newPage();
  await bank.goto('/sandbox/bank');
  await payAtBank(bank, { channel: 'atm', bank: 'BCA', number: va, amount: 100_000 });
  await expect(bank.getByText(/Pembayaran berhasil/)).toBeVisible();
  const result = bank.getByTestId('delivery-result');
  await expect(result).toHaveCount(1);
  // Right after paying it is being sent or delivered, never a retry before the first answer.
  await expect(result).toHaveText(/^(Sedang dikirim ke aplikasi…|Terkirim ke aplikasi)$/);
  await expect(async () => {
    await bank.reload();
    await expect(bank.getByTestId('delivery-result')).toHaveText('Terkirim ke aplikasi', {
      timeout: 1000,
    });
  }).toPass({ timeout: 15_000 });
  await expect(bank.getByText(va)).toBeVisible();
  await onBothScreens(bank, 'journey-sandbox-bank');

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const stranger = await other.newPage();
  await stranger.goto('/sandbox/bank');
  await expect(stranger.getByText('Belum ada pembayaran dari browser ini.')).toBeVisible();
  await expect(stranger.getByText(va)).toHaveCount(0);
  await other.close();
});

// Issue 12.5: a payment deadline shows its clock time in WIB beside the countdown.
test('a retail top-up code shows its deadline in WIB beside the countdown', async ({ page }) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), PIN);
  await page.goto('/kaipay/isi-saldo?method=retail&bank=INDOMARET');
  await page.getByLabel('Jumlah isi saldo (Rp)').fill('75000');
  await page.getByRole('button', { name: 'Buat kode pembayaran' }).click();
  await expect(page.getByTestId('countdown')).toHaveText(/^2[34]:\d\d:\d\d$/);
  // 24 hours ahead is another day: the date is shown with the time.
  await expect(page.getByTestId('deadline-clock')).toHaveText(
    /^Bayar sebelum \w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d WIB$/,
  );
  await onBothScreens(page, 'journey-retail-deadline');
});
