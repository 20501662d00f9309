import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The newest six-digit code in the sandbox phone inbox of `phone`, read like a person would. */
export async function readOtp(context: BrowserContext, phone: string): Promise<string> {
  const inbox = await context.newPage();
  await inbox.goto(`/sandbox/inbox?phone=${encodeURIComponent(phone)}`);
  await expect(inbox.getByTestId('chat-sender')).toContainText('Kaspro ID');
  const last = inbox.getByTestId('chat-message').last();
  const code = (await last.textContent())?.match(/\b(\d{6})\b/)?.[1];
  await inbox.close();
  if (!code) throw new Error('no OTP in the inbox');
  return code;
}

/**
 * Runs activation through the pages: identity as pre-filled, the OTP channel (WhatsApp, preselected,
 * unless `channel` says SMS), consent to Kaspro's terms, the OTP from the inbox, then the PIN twice.
 * `phone` is the account's own number, the only one activation uses.
 */
export async function activateKaipay(
  page: Page,
  phone: string,
  pin: string,
  channel: 'WhatsApp' | 'SMS' = 'WhatsApp',
): Promise<void> {
  await page.goto('/kaipay/aktivasi');
  // The form shows the local form (08…); callers may pass +62…: compare the subscriber digits.
  await expect(page.getByLabel('Nomor HP')).toHaveValue(new RegExp(`${phone.slice(-8)}$`));
  await page.getByRole('radio', { name: channel, exact: true }).check();
  await page.getByRole('checkbox', { name: /menyetujui Syarat dan Ketentuan/ }).check();
  await page.getByRole('button', { name: 'Kirim OTP' }).click();
  await expect(page.getByLabel('Kode OTP')).toBeVisible();
  await page.getByLabel('Kode OTP').fill(await readOtp(page.context(), phone));
  await page.getByRole('button', { name: 'Verifikasi' }).click();
  await page.getByLabel('PIN KAIPay (6 digit)').fill(pin);
  await page.getByLabel('Ulangi PIN').fill(pin);
  await page.getByRole('button', { name: 'Simpan PIN' }).click();
  await expect(page.getByText('KAIPay aktif. Selamat bertransaksi!')).toBeVisible();
}

/** The X-Client-Version header of a current app. */
export const CURRENT_APP = { 'X-Client-Version': '4.7.4 (104)' };

/** A tiny valid PNG (1×1) for upload tests. */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
