import { test, expect } from '@playwright/test';
import { newPassenger, register, login } from './support/people';
import { wibDateIn } from './support/dates';

test('search, choose a train, pick seats, enter passengers, and hold the booking with a countdown', async ({
  page,
}) => {
  await register(page, newPassenger());
  await page.getByLabel('Stasiun asal').fill('Gambir (GMR) · Jakarta');
  await page.getByLabel('Stasiun tujuan').fill('Yogyakarta');
  await page.getByLabel('Tanggal berangkat').fill(wibDateIn(3));
  await page.getByLabel('Dewasa').fill('2');
  await page.getByLabel('Bayi (di bawah 3 tahun, tanpa kursi)').fill('1');
  await page.getByRole('button', { name: 'Cari Tiket' }).click();

  await expect(page.getByRole('heading', { name: /kereta ditemukan/ })).toBeVisible();
  const taksaka = page.getByRole('article').filter({ hasText: 'Taksaka (KA 44)' });
  await expect(taksaka.getByText('Rp 600.000')).toBeVisible();
  await taksaka.getByRole('link', { name: 'Pilih Taksaka Eksekutif' }).click();

  await expect(page.getByRole('heading', { name: 'Data penumpang dan kursi' })).toBeVisible();
  await expect(page.getByTestId('booking-total')).toHaveText('Rp 1.200.000');
  await page.getByLabel('Nama lengkap (sesuai identitas)').nth(0).fill('Budi Santoso');
  await page.getByLabel('Nomor identitas').nth(0).fill('3273011708900001');
  await page.getByLabel('Nama lengkap (sesuai identitas)').nth(1).fill('Rina Santoso');
  await page.getByLabel('Nomor identitas').nth(1).fill('3273015505920002');
  await page.getByLabel('Nama lengkap (sesuai identitas)').nth(2).fill('Adi Santoso');
  await page.getByLabel('NIK bayi').fill('3273011005250001');

  // Seats were assigned together; move the second adult to 5C with the keyboard.
  await expect(page.getByRole('radio', { name: 'Dewasa 1: EKS-1 1A' })).toBeVisible();
  await page.getByRole('radio', { name: /Dewasa 2/ }).click();
  await page.getByRole('button', { name: 'Kursi 5C, tersedia' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Dewasa 2: EKS-1 5C' })).toBeVisible();

  await page.getByRole('button', { name: 'Lanjutkan ke pembayaran' }).click();
  await expect(page.getByTestId('booking-code')).toHaveText(/^[A-Z0-9]{7}$/);
  await expect(page.getByTestId('booking-status')).toHaveText('Menunggu pembayaran');
  await expect(page.getByTestId('countdown')).toHaveText(/^00:5\d:\d\d$|^01:00:00$/);
  await expect(page.getByText('Gerbong EKS-1, kursi 5C')).toBeVisible();
  await expect(page.getByText('Dipangku')).toBeVisible();

  await page.getByRole('link', { name: 'Tiket Saya' }).click();
  await expect(
    page
      .getByRole('region', { name: /Menunggu pembayaran/ })
      .getByText('Taksaka · Gambir → Yogyakarta'),
  ).toBeVisible();
});

test('passenger data errors are explained and nothing is booked', async ({ page }) => {
  await register(page, newPassenger());
  await page.goto(`/search?from=BD&to=GMR&date=${wibDateIn(2)}&adults=1&infants=0`);
  await page
    .getByRole('article')
    .first()
    .getByRole('link', { name: /^Pilih .* Eksekutif$/ })
    .click();
  await page.getByLabel('Nama lengkap (sesuai identitas)').fill('Budi Santoso');
  await page.getByLabel('Nomor identitas').fill('1234567890');
  await page.getByRole('button', { name: 'Lanjutkan ke pembayaran' }).click();
  await expect(page.getByText('NIK harus 16 digit dengan tanggal lahir yang valid')).toBeVisible();
  await expect(page.getByLabel('Nama lengkap (sesuai identitas)')).toHaveValue('Budi Santoso');
  await page.goto('/tickets');
  await expect(page.getByText('Belum ada pemesanan.')).toBeVisible();
});

test('more infants than adults is refused with a reason', async ({ page }) => {
  await register(page, newPassenger());
  await page.goto(`/search?from=GMR&to=BD&date=${wibDateIn(2)}&adults=1&infants=0`);
  const href = await page
    .getByRole('article')
    .first()
    .getByRole('link', { name: /Eksekutif$/ })
    .getAttribute('href');
  await page.goto(href!.replace('infants=0', 'infants=2'));
  await expect(page.getByText('Jumlah bayi tidak boleh melebihi jumlah dewasa.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lanjutkan ke pembayaran' })).toHaveCount(0);
});

test("another passenger opening someone's booking gets 404", async ({ page, browser }) => {
  await login(page, 'siti@contoh.id', 'keretaapi-2026');
  await expect(page.getByTestId('user-name')).toHaveText('Siti Rahayu');
  await page.goto(`/search?from=GMR&to=SBI&date=${wibDateIn(5)}&adults=1&infants=0`);
  await page
    .getByRole('article')
    .first()
    .getByRole('link', { name: /Eksekutif$/ })
    .click();
  await page.getByLabel('Nomor identitas').fill('3174055204950003');
  await page.getByRole('button', { name: 'Lanjutkan ke pembayaran' }).click();
  const code = await page.getByTestId('booking-code').textContent();

  const other = await browser.newContext();
  const stranger = await other.newPage();
  await register(stranger, newPassenger());
  const response = await stranger.goto(`/booking/${code}`);
  expect(response?.status()).toBe(404);
  await expect(stranger.getByText(code!)).toHaveCount(0);
  await other.close();
});
