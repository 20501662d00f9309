import { test, expect } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './support/constants';
import { login, newPassenger, register } from './support/people';
import { bookTaksaka } from './support/checkout';

async function setHoldMinutes(page: import('@playwright/test').Page, minutes: string) {
  await page.goto('/admin/pengaturan');
  await page.getByLabel('Batas waktu bayar (menit)').fill(minutes);
  await page.getByLabel('Kata sandi admin').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText(/pengaturan disimpan|Tidak ada perubahan/)).toBeVisible();
}

test('an admin changes the hold minutes and the next booking’s deadline follows, without a restart', async ({
  page,
  browser,
}) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await login(admin, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  await admin.goto('/admin/pengaturan');
  // A value out of range is refused with the reason, and nothing is saved.
  await admin.getByLabel('Batas waktu bayar (menit)').fill('3');
  await admin.getByLabel('Kata sandi admin').fill(E2E_ADMIN_PASSWORD);
  await admin.getByRole('button', { name: 'Simpan' }).click();
  await expect(admin.getByText('Batas waktu bayar 10 sampai 1440 menit.')).toBeVisible();
  try {
    await setHoldMinutes(admin, '15');
    await expect(admin.getByLabel('Batas waktu bayar (menit)')).toHaveValue('15');

    const p = newPassenger();
    await register(page, p);
    await bookTaksaka(page, 5);
    await expect(page.getByTestId('countdown')).toHaveText(/^00:1[45]:\d\d$/);

    await admin.goto('/admin/audit?action=settings.update');
    await expect(admin.getByText('{"holdMinutes":15}')).toBeVisible();
  } finally {
    // Later specs expect KAI's hour.
    await setHoldMinutes(admin, '60');
    await adminContext.close();
  }
});
