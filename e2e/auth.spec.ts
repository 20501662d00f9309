import { test, expect } from '@playwright/test';
import { newPassenger, register, login } from './support/people';

test('register, log out, log in again: the name is shown', async ({ page }) => {
  const p = newPassenger();
  await register(page, p);
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByText('Anda telah keluar.')).toBeVisible();
  await expect(page.getByTestId('user-name')).toHaveCount(0);
  // Log in with the phone number this time, typed the way people type it.
  await login(page, p.phone, p.password);
  await expect(page.getByTestId('user-name')).toHaveText(p.fullName);
});

test('wrong password gets one clear message that does not reveal the account', async ({ page }) => {
  await login(page, 'siti@contoh.id', 'bukan-sandinya-123');
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
    'Email/nomor HP atau kata sandi salah.',
  );
  await login(page, 'tidak-ada@contoh.id', 'bukan-sandinya-123');
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
    'Email/nomor HP atau kata sandi salah.',
  );
  await expect(page.getByTestId('user-name')).toHaveCount(0);
});

test('registration refuses a NIK that does not match the birth date, and keeps what was typed', async ({
  page,
}) => {
  const p = newPassenger();
  await page.goto('/register');
  await page.getByLabel('Nama lengkap (sesuai KTP)').fill(p.fullName);
  await page.getByLabel('Email').fill(p.email);
  await page.getByLabel('Nomor HP').fill(p.phone);
  await page.getByLabel('NIK (16 digit)').fill('3273011708910001');
  await page.getByLabel('Tanggal lahir').fill(p.birthDate);
  await page.getByLabel('Kata sandi').fill('password123');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByText('NIK tidak cocok dengan tanggal lahir')).toBeVisible();
  await expect(page.getByText('Kata sandi ini terlalu umum')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(p.email);
  await expect(page.getByLabel('Kata sandi')).toHaveValue('');
});

test('logout everywhere ends a session open in another browser', async ({ browser }) => {
  const p = newPassenger();
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await register(a, p);
  await login(b, p.email, p.password);
  await expect(b.getByTestId('user-name')).toHaveText(p.fullName);
  await a.goto('/account');
  await a.getByRole('button', { name: 'Keluar dari semua perangkat' }).click();
  // The other browser looks once the first has been told it is done (sent to the login page).
  await expect(a).toHaveURL(/\/login\?loggedOut=1/);
  await b.goto('/account');
  await expect(b).toHaveURL(/\/login\?next=%2Faccount/);
  await first.close();
  await second.close();
});

test('the language switch persists across pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('heading', { name: 'Book intercity train tickets' })).toBeVisible();
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'ID' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
});

test('registering an email that already has an account looks the same, and only its owner is told', async ({
  page,
}) => {
  const owner = newPassenger();
  await register(page, owner);
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByText('Anda telah keluar.')).toBeVisible();

  const someone = { ...newPassenger(), email: owner.email };
  await page.goto('/register');
  await page.getByLabel('Nama lengkap (sesuai KTP)').fill(someone.fullName);
  await page.getByLabel('Email').fill(someone.email);
  await page.getByLabel('Nomor HP').fill(someone.phone);
  await page.getByLabel('NIK (16 digit)').fill(someone.nik);
  await page.getByLabel('Tanggal lahir').fill(someone.birthDate);
  await page.getByLabel('Kata sandi').fill(someone.password);
  await page.getByRole('button', { name: 'Daftar' }).click();
  // The same page a new passenger sees: nothing says the email is taken.
  await expect(page.getByRole('heading', { name: 'Konfirmasi nomor HP' })).toBeVisible();
  await expect(page.getByText(/Kami telah mengirim kode konfirmasi 6 digit/)).toBeVisible();
  await expect(page.getByText(/sudah terdaftar/)).toHaveCount(0);
  await page.getByLabel('Kode konfirmasi').fill('123456');
  await page.getByRole('button', { name: 'Konfirmasi' }).click();
  await expect(page.getByText('Kode salah. Periksa pesan di HP Anda.')).toBeVisible();

  const inbox = await page.context().newPage();
  await inbox.goto(`/sandbox/inbox?phone=${encodeURIComponent(owner.phone)}`);
  await expect(
    inbox.getByTestId('chat-message').filter({ hasText: 'Ada yang mencoba mendaftar' }),
  ).toHaveCount(1);
  await inbox.goto(`/sandbox/inbox?phone=${encodeURIComponent(someone.phone)}`);
  await expect(inbox.getByTestId('chat-message')).toHaveCount(0);
});

test("a stranger's wrong passwords, even with a forged X-Forwarded-For each time, do not lock the owner out of their own browser", async ({
  browser,
}) => {
  const p = newPassenger();
  const ownerContext = await browser.newContext();
  const strangerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const stranger = await strangerContext.newPage();
  await register(owner, p);
  await owner.getByRole('button', { name: 'Keluar' }).click();
  await expect(owner.getByText('Anda telah keluar.')).toBeVisible();

  // Five guesses from one client, whatever address it claims, then it is slowed down.
  for (let i = 0; i < 5; i++) {
    await strangerContext.setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.113.${i + 1}` });
    await login(stranger, p.email, `Tebakan-Salah-${i}`);
    await expect(stranger.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
      'Email/nomor HP atau kata sandi salah.',
    );
  }
  await strangerContext.setExtraHTTPHeaders({ 'X-Forwarded-For': '203.0.113.99' });
  await login(stranger, p.phone, p.password);
  await expect(stranger.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
    'Terlalu banyak percobaan. Coba lagi dalam beberapa menit.',
  );

  // The owner's browser, known from the registration, still gets in with the right password.
  await login(owner, p.phone, p.password);
  await expect(owner.getByTestId('user-name')).toHaveText(p.fullName);
  await ownerContext.close();
  await strangerContext.close();
});
