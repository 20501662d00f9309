import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Fills the sandbox bank's form as a customer would and presses Bayar (the page must be open). */
export async function payAtBank(
  bank: Page,
  p: { channel: string; bank: string; number: string; amount: number },
): Promise<void> {
  await bank.getByLabel('Kanal').selectOption(p.channel);
  await bank.getByLabel('Bank / gerai').selectOption(p.bank);
  await bank.getByLabel('Nomor VA / kode pembayaran').fill(p.number);
  await bank.getByLabel('Jumlah (Rp)').fill(String(p.amount));
  await bank.getByRole('button', { name: 'Bayar' }).click();
}

/** Waits until the KAIPay page shows a balance: the bank's notification travels over HTTP first. */
export async function expectBalance(page: Page, expected: string): Promise<void> {
  await expect(async () => {
    await page.goto('/kaipay');
    await expect(page.getByTestId('kaipay-balance')).toHaveText(expected, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}
