import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { wibDateIn } from './dates';
import { expectBalance, payAtBank } from './sandbox-bank';

/** "+628…" for a "08…" number typed at registration. */
export const e164 = (phone: string) => `+62${phone.replace(/^0/, '')}`;

/** Cara Isi Saldo: a method, then a bank (a form post that makes the VA once); returns the number. */
export async function openTopUpVa(page: Page, method: string, bank: string): Promise<string> {
  await page.goto(`/kaipay/isi-saldo?method=${method}`);
  await page.getByRole('button', { name: bank, exact: true }).click();
  await expect(page.getByTestId('va-number')).toBeVisible();
  return (await page.getByTestId('va-number').textContent())!.trim();
}

/** Tops KAIPay up through Cara Isi Saldo (ATM, BCA) and the sandbox bank, then waits for the balance. */
export async function topUpThroughSandbox(
  page: Page,
  context: BrowserContext,
  amount: number,
  expected: string,
): Promise<void> {
  const va = await openTopUpVa(page, 'atm', 'BCA');
  const bank = await context.newPage();
  await bank.goto('/sandbox/bank');
  await payAtBank(bank, { channel: 'atm', bank: 'BCA', number: va, amount });
  await expect(bank.getByText(/Pembayaran berhasil/)).toBeVisible();
  await bank.close();
  await expectBalance(page, expected);
}

/** Searches Gambir → Yogyakarta, books Taksaka 44 Eksekutif for one adult, and returns the booking code. */
export async function bookTaksaka(page: Page, daysAhead = 3): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Stasiun asal').fill('Gambir (GMR) · Jakarta');
  await page.getByLabel('Stasiun tujuan').fill('Yogyakarta');
  await page.getByLabel('Tanggal berangkat').fill(wibDateIn(daysAhead));
  await page.getByLabel('Dewasa').fill('1');
  await page.getByRole('button', { name: 'Cari Tiket' }).click();
  await page
    .getByRole('article')
    .filter({ hasText: 'Taksaka (KA 44)' })
    .getByRole('link', { name: 'Pilih Taksaka Eksekutif' })
    .click();
  await page.getByLabel('Nama lengkap (sesuai identitas)').fill('Budi Santoso');
  await page.getByLabel('Nomor identitas').fill('3273011708900001');
  await page.getByRole('button', { name: 'Lanjutkan ke pembayaran' }).click();
  await expect(page.getByTestId('booking-status')).toHaveText('Menunggu pembayaran');
  return (await page.getByTestId('booking-code').textContent())!;
}

/** Taps a PIN on the checkout's on-screen keypad (as a person on a phone would). */
export async function tapPin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.getByRole('button', { name: `Angka ${d}`, exact: true }).click();
}

/**
 * After paying with KAIPay: the checkout has turned into its receipt (the page's heading now), and
 * its first button opens the e-tickets of the booking.
 */
export async function openPaidTickets(page: Page, code: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Pembayaran berhasil' })).toBeVisible();
  await page.getByRole('link', { name: 'Lihat E-tiket' }).click();
  await expect(page.getByTestId('tickets-code')).toHaveText(code);
}
