import { test, expect } from '@playwright/test';

test('the search form explains every mistake', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Stasiun asal').fill('Gambir (GMR) · Jakarta');
  await page.getByLabel('Stasiun tujuan').fill('gmr');
  await page.getByLabel('Tanggal berangkat').fill('2020-01-01');
  await page.getByLabel('Dewasa').fill('1');
  await page.getByLabel('Bayi (di bawah 3 tahun, tanpa kursi)').fill('2');
  await page.getByRole('button', { name: 'Cari Tiket' }).click();
  await expect(page.getByText('Stasiun asal dan tujuan tidak boleh sama.')).toBeVisible();
  await expect(page.getByText('Tanggal sudah lewat.')).toBeVisible();
  await expect(page.getByText('Jumlah bayi tidak boleh melebihi jumlah dewasa.')).toBeVisible();
  // What was typed is kept.
  await expect(page.getByLabel('Stasiun asal')).toHaveValue('Gambir (GMR) · Jakarta');
});

test('a date past H+45 and an unknown station are refused; a city with several stations asks to choose', async ({
  page,
}) => {
  await page.goto('/search?from=Jakarta&to=Atlantis&date=2099-01-01&adults=1&infants=0');
  await expect(page.getByText('Ada beberapa stasiun di kota ini')).toBeVisible();
  await expect(page.getByText('Stasiun tidak ditemukan')).toBeVisible();
  await expect(page.getByText('Pemesanan paling lambat H+45.')).toBeVisible();
});

test('on a 360 px phone the header and form fit without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('button', { name: 'Cari Tiket' })).toBeVisible();
});
