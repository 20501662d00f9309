import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

let counter = 0;

/** A new passenger with a unique email and phone and a NIK that matches the birth date. */
export function newPassenger() {
  counter += 1;
  const stamp = `${Date.now() % 1_000_000}${counter}`.padStart(7, '0').slice(-7);
  return {
    fullName: 'Budi Santoso',
    email: `budi.${stamp}@contoh.id`,
    phone: `0813${stamp}9`.slice(0, 13),
    // Born 17 August 1990, a man: digits 7-12 are 170890.
    nik: `3273011708900${String(counter).padStart(3, '0')}`.slice(0, 16),
    birthDate: '1990-08-17',
    password: 'Senja-di-Stasiun-9',
  };
}

export type Passenger = ReturnType<typeof newPassenger>;

/**
 * Registers through the form, then confirms with the code sent to the phone (read from the sandbox
 * inbox); the header then shows the name.
 */
export async function register(page: Page, p: Passenger): Promise<void> {
  await page.goto('/register');
  await page.getByLabel('Nama lengkap (sesuai KTP)').fill(p.fullName);
  await page.getByLabel('Email').fill(p.email);
  await page.getByLabel('Nomor HP').fill(p.phone);
  await page.getByLabel('NIK (16 digit)').fill(p.nik);
  await page.getByLabel('Tanggal lahir').fill(p.birthDate);
  await page.getByLabel('Kata sandi').fill(p.password);
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByLabel('Kode konfirmasi')).toBeVisible();
  await page.getByLabel('Kode konfirmasi').fill(await readConfirmationCode(page, p.phone));
  await page.getByRole('button', { name: 'Konfirmasi' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(p.fullName);
}

/** The registration code in the sandbox inbox of `phone`, read in a new tab as a person would. */
async function readConfirmationCode(page: Page, phone: string): Promise<string> {
  const inbox = await page.context().newPage();
  await inbox.goto(`/sandbox/inbox?phone=${encodeURIComponent(phone)}`);
  const last = inbox.getByTestId('chat-message').filter({ hasText: 'konfirmasi' }).last();
  await expect(last).toBeVisible();
  const code = (await last.textContent())?.match(/\b(\d{6})\b/)?.[1];
  await inbox.close();
  if (!code) throw new Error('no confirmation code in the inbox');
  return code;
}

/** Logs in through the form with an email or phone. */
export async function login(page: Page, identifier: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email atau nomor HP').fill(identifier);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  // Wait for the answer (signed in, or an error), so a following goto cannot cut the login short.
  await expect(
    page
      .getByTestId('user-name')
      .or(page.getByRole('alert').filter({ hasText: /\S/ }))
      .first(),
  ).toBeVisible();
}
