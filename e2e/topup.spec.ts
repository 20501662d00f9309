import { test, expect } from '@playwright/test';
import { login, newPassenger, register } from './support/people';
import { E2E_ADMIN_PASSWORD } from './support/constants';
import { activateKaipay } from './support/kaipay';
import { e164 } from './support/checkout';
import { expectBalance, payAtBank } from './support/sandbox-bank';

test('Cara Isi Saldo → ATM → BCA → copy the VA → pay it at the sandbox bank → the balance shows the amount', async ({
  page,
  context,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), '582917');

  await page.goto('/kaipay');
  await page.getByRole('link', { name: 'Isi Saldo' }).click();
  await page.getByRole('link', { name: 'ATM' }).click();
  await page.getByRole('link', { name: 'BCA' }).click();
  const va = (await page.getByTestId('va-number').textContent())!;
  expect(va).toMatch(/^39358\d{11}$/);
  await expect(page.getByTestId('topup-fee')).toContainText('Rp 0 selama promo');
  await expect(
    page.getByText('Pilih Transaksi Lainnya → Transfer → Ke Rek BCA Virtual Account.'),
  ).toBeVisible();
  await page.getByRole('button', { name: `Salin ${va}` }).click();
  await expect(page.getByText('Nomor disalin')).toBeVisible();

  const bank = await context.newPage();
  await bank.goto('/sandbox/bank');
  await payAtBank(bank, { channel: 'atm', bank: 'BCA', number: va, amount: 150_000 });
  await expect(bank.getByText(/Pembayaran berhasil/)).toBeVisible();

  await expectBalance(page, 'Rp 150.000');
  await bank.reload();
  await expect(bank.getByTestId('delivery-result').first()).toHaveText('Terkirim (HTTP 200)');
  await page.goto('/kaipay/riwayat');
  await expect(page.getByText('Rp 150.000').first()).toBeVisible();
  await bank.goto(`/sandbox/inbox?phone=${encodeURIComponent(e164(p.phone))}`);
  await expect(
    bank.getByText(/Top up berhasil\. Saldo KAIPay Anda bertambah Rp 150\.000/),
  ).toBeVisible();
});

test('the sandbox bank refuses an unknown number and a wrong amount for a retail code', async ({
  page,
  context,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), '582917');
  await page.goto('/kaipay/isi-saldo?method=retail&bank=ALFAMART');
  await page.getByLabel('Jumlah isi saldo (Rp)').fill('5000');
  await page.getByRole('button', { name: 'Buat kode pembayaran' }).click();
  await expect(page.getByText('Jumlah harus Rp 10.000 sampai Rp 5.000.000')).toBeVisible();
  await expect(page.getByLabel('Jumlah isi saldo (Rp)')).toHaveValue('5000');
  await page.getByLabel('Jumlah isi saldo (Rp)').fill('75000');
  await page.getByRole('button', { name: 'Buat kode pembayaran' }).click();
  const code = (await page.getByTestId('payment-code').textContent())!;
  expect(code).toMatch(/^7701\d{12}$/);
  await expect(page.getByTestId('countdown')).toHaveText(/^2[34]:\d\d:\d\d$/);

  const bank = await context.newPage();
  await bank.goto('/sandbox/bank');
  await payAtBank(bank, {
    channel: 'retail',
    bank: 'ALFAMART',
    number: '7701000000000000',
    amount: 75_000,
  });
  await expect(bank.getByText('Nomor tidak dikenal oleh bank.')).toBeVisible();
  // The refused form comes back with what was typed; wait for it before typing again.
  await expect(bank.getByLabel('Nomor VA / kode pembayaran')).toHaveValue('7701000000000000');
  await bank.getByLabel('Nomor VA / kode pembayaran').fill(code);
  await bank.getByLabel('Jumlah (Rp)').fill('70000');
  await bank.getByRole('button', { name: 'Bayar' }).click();
  await expect(bank.getByText('Jumlah harus sama dengan tagihan.')).toBeVisible();
  await expect(bank.getByLabel('Jumlah (Rp)')).toHaveValue('70000');
  await bank.getByLabel('Jumlah (Rp)').fill('75000');
  await bank.getByRole('button', { name: 'Bayar' }).click();
  await expect(bank.getByText(/Pembayaran berhasil/)).toBeVisible();
  await expectBalance(page, 'Rp 75.000');
});

test('a top-up over the Regular limit is returned to the bank, shown to the passenger and the admin', async ({
  page,
  browser,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), '582917');
  await page.goto('/kaipay/isi-saldo?method=mobile&bank=BRI');
  const va = (await page.getByTestId('va-number').textContent())!;
  await page.goto('/sandbox/bank');
  await payAtBank(page, { channel: 'mobile', bank: 'BRI', number: va, amount: 2_500_000 });
  await expect(page.getByText(/Pembayaran berhasil/)).toBeVisible();
  await expect(async () => {
    await page.goto('/kaipay/isi-saldo');
    await expect(page.getByText('Dikembalikan ke bank (melebihi batas saldo)')).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 15_000 });
  await page.goto('/kaipay');
  await expect(page.getByTestId('kaipay-balance')).toHaveText('Rp 0');

  const admin = await (await browser.newContext()).newPage();
  await login(admin, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  await expect(admin.getByTestId('user-name')).toHaveText('Admin KAI Access');
  await admin.goto('/admin');
  await admin.getByRole('link', { name: 'Pembayaran & rekonsiliasi' }).click();
  await expect(
    admin.getByRole('row', {
      name: new RegExp(`${p.email}.*Rp 2\\.500\\.000.*melebihi batas saldo`),
    }),
  ).toBeVisible();
  await admin.getByRole('button', { name: 'Rekonsiliasi dengan bank sekarang' }).click();
  await expect(
    admin.getByText(/Rekonsiliasi selesai: \d+ transaksi bank diperiksa, 0 diterapkan\./),
  ).toBeVisible();
});
