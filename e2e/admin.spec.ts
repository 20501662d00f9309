import { test, expect } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './support/constants';
import { login } from './support/people';

test('a stranger and a passenger get 404 at /admin', async ({ page }) => {
  const anonymous = await page.goto('/admin');
  expect(anonymous?.status()).toBe(404);
  await login(page, 'siti@contoh.id', 'keretaapi-2026');
  await expect(page.getByTestId('user-name')).toHaveText('Siti Rahayu');
  const passenger = await page.goto('/admin');
  expect(passenger?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: /404/ })).toBeVisible();
});

test('the admin sees real counts', async ({ page }) => {
  await login(page, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  await page.getByRole('link', { name: 'Admin', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Dasbor Admin' })).toBeVisible();
  const tile = (label: string) =>
    page.locator('div.card', { has: page.getByText(label, { exact: true }) }).locator('dd');
  // The seed has 42 train runs, 32 stations, and every train runs daily: 7 days x 42 trips.
  await expect(tile('Kereta')).toHaveText('42');
  await expect(tile('Stasiun')).toHaveText('32');
  await expect(tile('Perjalanan 7 hari ke depan')).toHaveText('294');
  expect(Number(await tile('Penumpang').textContent())).toBeGreaterThanOrEqual(1);
});
