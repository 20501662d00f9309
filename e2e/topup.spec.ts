import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { login, newPassenger, register } from './support/people';
import { E2E_ADMIN_PASSWORD } from './support/constants';
import { activateKaipay } from './support/kaipay';
import { e164, openTopUpVa } from './support/checkout';
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
  await page.getByRole('button', { name: 'BCA', exact: true }).click();
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
  await expect(bank.getByTestId('delivery-result').first()).toHaveText('Terkirim ke aplikasi');
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
  const va = await openTopUpVa(page, 'mobile', 'BRI (BRIVA)');
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
  await admin.getByRole('link', { name: 'Pembayaran', exact: true }).click();
  await expect(admin.getByRole('heading', { name: 'Pembayaran & rekonsiliasi' })).toBeVisible();
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

test('a credit the bank never settled shows as a reconciliation difference at /admin/payments and /admin/kaipay; a re-split body is refused', async ({
  page,
  browser,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), '582917');
  const va = await openTopUpVa(page, 'atm', 'BCA');
  // Signed with the server's key but never sent by the bank: what a forged credit leaves behind.
  const { PAYMENT_SERVER_KEY: key } = JSON.parse(
    fs.readFileSync(path.join(process.env.E2E_RUN_DIR!, 'secrets.json'), 'utf8'),
  ) as { PAYMENT_SERVER_KEY: string };
  const transactionId: string = crypto.randomUUID();
  const base = {
    order_id: `TOPUP-${va}-${transactionId}`,
    status_code: '200',
    gross_amount: '20070000.00',
    transaction_status: 'settlement',
    transaction_id: transactionId,
    payment_type: 'bank_transfer',
    va_numbers: [{ bank: 'bca', va_number: va }],
  };
  const sign = (b: typeof base) =>
    crypto
      .createHash('sha512')
      .update(b.order_id + b.status_code + b.gross_amount + key)
      .digest('hex');
  // Always the original signature: a replayer has no key, only what it captured.
  const notify = (b: typeof base) =>
    page.request.post('/api/payments/notify', { data: { ...b, signature_key: sign(base) } });
  // Over the Regular maximum: returned to the bank. The same signature re-split as order_id+"200",
  // "200", "70000.00" is refused.
  expect(await (await notify(base)).json()).toMatchObject({ result: 'returned' });
  const resplit = {
    ...base,
    order_id: `${base.order_id}200`,
    gross_amount: '70000.00',
    transaction_id: `${transactionId}200`,
  };
  expect(sign(resplit)).toBe(sign(base));
  expect((await notify(resplit)).status()).toBe(400);

  const admin = await (await browser.newContext()).newPage();
  await login(admin, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  await admin.goto('/admin/payments');
  await admin.getByRole('button', { name: 'Rekonsiliasi dengan bank sekarang' }).click();
  await expect(admin.getByText(/Rekonsiliasi selesai/)).toBeVisible();
  await expect(
    admin.getByTestId('reconciliation-differences').getByRole('row', {
      name: new RegExp(`tidak ada di bank.*${base.order_id}.*Rp 20\\.070\\.000`),
    }),
  ).toBeVisible();
  await admin.goto('/admin/kaipay');
  await expect(admin.getByText(/\d+ selisih dengan laporan bank\./)).toBeVisible();
});
