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
