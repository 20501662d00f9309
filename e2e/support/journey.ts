import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { wibDateIn } from './dates';
import { newPassenger } from './people';

/**
 * A passenger whose phone does not end in 9, so the sandbox counts it as on WhatsApp (the default
 * e2e passengers all end in 9: SMS only).
 */
export function whatsAppPassenger() {
  const p = newPassenger();
  return { ...p, phone: `${p.phone.slice(0, -1)}0` };
}

/** Searches Gambir → Yogyakarta and books one adult on a Taksaka in Eksekutif; returns the code. */
export async function bookTaksakaTrain(page: Page, train: string, daysAhead: number) {
  await page.goto('/');
  await page.getByLabel('Stasiun asal').fill('Gambir (GMR) · Jakarta');
  await page.getByLabel('Stasiun tujuan').fill('Yogyakarta');
  await page.getByLabel('Tanggal berangkat').fill(wibDateIn(daysAhead));
  await page.getByLabel('Dewasa').fill('1');
  await page.getByRole('button', { name: 'Cari Tiket' }).click();
  await page
    .getByRole('article')
    .filter({ hasText: `Taksaka (KA ${train})` })
    .getByRole('link', { name: 'Pilih Taksaka Eksekutif' })
    .click();
  await page.getByLabel('Nama lengkap (sesuai identitas)').fill('Budi Santoso');
  await page.getByLabel('Nomor identitas').fill('3273011708900001');
  await page.getByRole('button', { name: 'Lanjutkan ke pembayaran' }).click();
  await expect(page.getByTestId('booking-status')).toHaveText('Menunggu pembayaran');
  return (await page.getByTestId('booking-code').textContent())!;
}
