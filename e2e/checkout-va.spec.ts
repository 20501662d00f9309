import { test, expect } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { bookTaksaka } from './support/checkout';
import { payAtBank } from './support/sandbox-bank';

test('paying a booking by BCA virtual account at the sandbox bank issues the e-ticket', async ({
  page,
  context,
}) => {
  await register(page, newPassenger());
  const code = await bookTaksaka(page, 7);
  await page.goto(`/checkout/${code}`);
  await page.getByRole('button', { name: 'BCA' }).click();
  const va = (await page.getByTestId('booking-va-number').textContent())!;
  await expect(page.getByText('jumlah tagihan (harus sama persis)').first()).toBeVisible();

  const bank = await context.newPage();
  await bank.goto('/sandbox/bank');
  // A closed VA takes only the exact total.
  await payAtBank(bank, { channel: 'mobile', bank: 'BCA', number: va, amount: 599_000 });
  await expect(bank.getByText('Jumlah harus sama dengan tagihan.')).toBeVisible();
  await expect(bank.getByLabel('Jumlah (Rp)')).toHaveValue('599000');
  await bank.getByLabel('Jumlah (Rp)').fill('600000');
  await bank.getByRole('button', { name: 'Bayar' }).click();
  await expect(bank.getByText(/Pembayaran berhasil/)).toBeVisible();
  // The same VA cannot be paid twice.
  await expect(bank.getByLabel('Nomor VA / kode pembayaran')).toHaveValue('');
  await payAtBank(bank, { channel: 'atm', bank: 'BCA', number: va, amount: 600_000 });
  await expect(bank.getByText('Tagihan ini sudah dibayar.')).toBeVisible();

  await expect(async () => {
    await page.goto(`/booking/${code}`);
    await expect(page.getByTestId('booking-status')).toHaveText('Lunas', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.goto(`/tickets/${code}`);
  await expect(page.getByTestId('ticket-reference')).toContainText('Bukan tiket boarding');
  await expect(page.getByTestId('ticket-qr')).toHaveCount(0);
});
