import { test, expect, request as apiRequest } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './support/constants';
import { login, newPassenger, register } from './support/people';
import { activateKaipay, CURRENT_APP, PNG_1X1, readOtp } from './support/kaipay';

test('activation end to end: identity, a wrong OTP refused, the OTP from the inbox, a trivial PIN refused, then the wallet', async ({
  page,
  context,
}) => {
  const p = newPassenger();
  await register(page, p);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await page.getByTestId('home-kaipay').click();
  await expect(page.getByText('KAIPay belum aktif.')).toBeVisible();
  await page.getByRole('link', { name: 'Aktifkan KAIPay' }).click();

  await expect(page.getByRole('heading', { name: 'Identitas' })).toBeVisible();
  await expect(page.getByLabel('NIK (16 digit)')).toHaveValue(p.nik);
  // KAIPay is activated on the account's own number: shown, not editable, not sent by the form.
  await expect(page.getByLabel('Nomor HP')).toHaveValue(p.phone);
  await expect(page.getByLabel('Nomor HP')).not.toBeEditable();
  await page.getByRole('checkbox', { name: /menyetujui Syarat dan Ketentuan/ }).check();
  await page.getByRole('button', { name: 'Kirim OTP' }).click();
  // e2e phones end in 9: in the sandbox those are not on WhatsApp, so the code comes by SMS.
  await expect(page.getByText('Kode OTP dikirim lewat SMS.')).toBeVisible();
  await expect(page.getByRole('timer')).toContainText('Kirim ulang kode dalam');
  await expect(page.getByRole('button', { name: 'Kirim ulang kode' })).toBeDisabled();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

  const code = await readOtp(context, p.phone);
  const inbox = await context.newPage();
  await inbox.goto(`/sandbox/inbox?phone=${encodeURIComponent(p.phone)}`);
  await expect(inbox.getByRole('img', { name: 'Akun resmi terverifikasi' })).toBeVisible();
  await expect(inbox.getByTestId('chat-message').last()).toContainText('SMS');
  await inbox.close();

  await page.getByLabel('Kode OTP').fill(code === '000000' ? '000001' : '000000');
  await page.getByRole('button', { name: 'Verifikasi' }).click();
  await expect(page.getByText('Kode OTP salah. Sisa 2 kali percobaan.')).toBeVisible();
  await page.getByLabel('Kode OTP').fill(code);
  await page.getByRole('button', { name: 'Verifikasi' }).click();

  await expect(page.getByRole('heading', { name: 'PIN KAIPay' })).toBeVisible();
  await page.getByLabel('PIN KAIPay (6 digit)').fill('123456');
  await page.getByLabel('Ulangi PIN').fill('123456');
  await page.getByRole('button', { name: 'Simpan PIN' }).click();
  await expect(page.getByText('PIN terlalu mudah ditebak')).toBeVisible();
  await page.getByLabel('PIN KAIPay (6 digit)').fill('582917');
  await page.getByLabel('Ulangi PIN').fill('582917');
  await page.getByRole('button', { name: 'Simpan PIN' }).click();

  await expect(page).toHaveURL(/\/kaipay\?activated=1$/);
  await expect(page.getByTestId('kaipay-balance')).toHaveText('Rp 0');
  await expect(page.getByTestId('kaipay-tier')).toHaveText('Regular');
  await expect(page.getByTestId('kaipay-incoming')).toHaveText('Rp 0 dari batas Rp 20.000.000');
  for (const name of ['Isi Saldo', 'Riwayat', 'Ubah PIN'])
    await expect(page.getByRole('link', { name })).toBeVisible();
  await page.getByRole('link', { name: 'Riwayat' }).click();
  await expect(page.getByText('Belum ada transaksi.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Top Up' })).toBeVisible();

  // The steps cannot be replayed: the activation page now sends the user to the wallet.
  await page.goto('/kaipay/aktivasi');
  await expect(page).toHaveURL(/\/kaipay$/);
});

test('another passenger sees only their own KAIPay, in pages and in the API; old app versions get 426', async ({
  page,
  browser,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, p.phone, '640273');
  const own = await page.request.get('/api/v1/kaipay/balance', { headers: CURRENT_APP });
  expect(own.status()).toBe(200);
  expect(await own.json()).toMatchObject({
    status: 'active',
    balance: 0,
    tier: 'regular',
    maxBalance: 2_000_000,
  });
  const old = await page.request.get('/api/v1/kaipay/status', {
    headers: { 'X-Client-Version': '4.7.4 (103)' },
  });
  expect(old.status()).toBe(426);
  expect((await old.json()).message).toContain('Perbarui KAI Access ke versi 4.7.4 (104)');

  await page.goto('/kaipay/token');
  await page.getByLabel('Nama token').fill('Ponsel');
  await page.getByRole('button', { name: 'Buat token' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  const app = await apiRequest.newContext({ baseURL: page.url() });
  const viaToken = await app.get('/api/v1/kaipay/status', {
    headers: { ...CURRENT_APP, Authorization: `Bearer ${token}` },
  });
  expect(await viaToken.json()).toMatchObject({ status: 'active', tier: 'regular' });
  expect((await app.get('/api/v1/kaipay/status', { headers: CURRENT_APP })).status()).toBe(401);
  await app.dispose();

  const other = await browser.newContext();
  const siti = await other.newPage();
  await login(siti, 'siti@contoh.id', 'keretaapi-2026');
  await expect(siti.getByTestId('user-name')).toHaveText('Siti Rahayu');
  await siti.goto('/kaipay');
  await expect(siti.getByRole('link', { name: 'Aktifkan KAIPay' })).toBeVisible();
  await expect(siti.getByTestId('kaipay-balance')).toHaveCount(0);
  const hers = await siti.request.get('/api/v1/kaipay/status', { headers: CURRENT_APP });
  expect(await hers.json()).toEqual({ status: 'not_active' });
  expect(
    (await siti.request.get('/api/v1/kaipay/history', { headers: CURRENT_APP })).status(),
  ).toBe(200);
  expect((await siti.goto('/admin/kaipay'))?.status()).toBe(404);
  await other.close();
});

test('Premium: the passenger uploads ID and selfie, an admin approves from the queue, the tier rises', async ({
  page,
  browser,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, p.phone, '731905');
  await page.goto('/kaipay/premium');
  await page.getByLabel('NIK (sesuai KTP)').fill(p.nik);
  await page
    .getByLabel('Foto KTP')
    .setInputFiles({ name: 'ktp.txt', mimeType: 'image/png', buffer: Buffer.from('not an image') });
  await page
    .getByLabel('Foto selfie sambil memegang KTP')
    .setInputFiles({ name: 'selfie.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await page.getByRole('button', { name: 'Kirim pengajuan' }).click();
  await expect(page.getByText('Foto harus berformat JPG atau PNG.')).toBeVisible();
  await page.getByLabel('NIK (sesuai KTP)').fill(p.nik);
  await page
    .getByLabel('Foto KTP')
    .setInputFiles({ name: 'ktp.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await page
    .getByLabel('Foto selfie sambil memegang KTP')
    .setInputFiles({ name: 'selfie.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await page.getByRole('button', { name: 'Kirim pengajuan' }).click();
  await expect(page.getByTestId('kyc-status')).toHaveText('Sedang ditinjau');

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await login(admin, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  await expect(admin.getByTestId('user-name')).toBeVisible();
  await admin.goto('/admin/kaipay');
  const card = admin
    .getByRole('article', { name: `Penumpang: ${p.fullName}` })
    .filter({ hasText: p.email });
  const image = await admin.request.get((await card.getByRole('img').first().getAttribute('src'))!);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  // The passenger cannot fetch images, not even their own.
  expect(
    (await page.request.get((await card.getByRole('img').first().getAttribute('src'))!)).status(),
  ).toBe(404);
  await expect(admin.getByText('Semua invarian ledger terpenuhi.')).toBeVisible();
  await card.getByRole('button', { name: 'Setujui' }).click();
  await expect(admin.getByText('Keputusan tersimpan.')).toBeVisible();
  await adminContext.close();

  await page.goto('/kaipay');
  await expect(page.getByTestId('kaipay-tier')).toHaveText('Premium');
  await expect(page.getByTestId('kaipay-incoming')).toHaveText('Rp 0 dari batas Rp 40.000.000');
});

test('Ubah PIN needs the old PIN; Lupa PIN sets a new one with an OTP from the inbox', async ({
  page,
  context,
}) => {
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, p.phone, '582917');
  await page.getByRole('link', { name: 'Ubah PIN' }).click();
  await page.getByLabel('PIN lama').fill('000000');
  await page.getByLabel('PIN baru', { exact: true }).fill('640273');
  await page.getByLabel('Ulangi PIN baru').fill('640273');
  await page.getByRole('button', { name: 'Simpan PIN' }).click();
  await expect(page.getByText('PIN salah. Sisa 2 kali percobaan.')).toBeVisible();
  await expect(page.getByLabel('PIN lama')).toHaveValue('');
  await page.getByLabel('PIN lama').fill('582917');
  await page.getByLabel('PIN baru', { exact: true }).fill('640273');
  await page.getByLabel('Ulangi PIN baru').fill('640273');
  await page.getByRole('button', { name: 'Simpan PIN' }).click();
  await expect(page.getByText('PIN KAIPay berhasil diubah.')).toBeVisible();

  await page.getByRole('link', { name: 'Lupa PIN?' }).click();
  await page.getByRole('button', { name: 'Kirim OTP' }).click();
  await expect(page.getByText('Kode OTP dikirim lewat SMS.')).toBeVisible();
  await page.getByLabel('Kode OTP').fill(await readOtp(context, p.phone));
  await page.getByLabel('PIN baru', { exact: true }).fill('731905');
  await page.getByLabel('Ulangi PIN baru').fill('731905');
  await page.getByRole('button', { name: 'Atur PIN baru' }).click();
  await expect(page.getByText('PIN baru tersimpan dan kunci pembayaran dibuka.')).toBeVisible();
});
