import { test, expect } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './support/constants';
import { login } from './support/people';
import { expectAccessible, shoot } from './support/passenger';

const PAGES = [
  ['overview', '/admin'],
  ['trips', '/admin/perjalanan'],
  ['trains', '/admin/kereta'],
  ['train', '/admin/kereta/1'],
  ['stations', '/admin/stasiun'],
  ['station', '/admin/stasiun/GMR'],
  ['fares', '/admin/tarif?train=44'],
  ['settings', '/admin/pengaturan'],
  ['audit', '/admin/audit'],
] as const;

test('every new admin page passes axe, on a desktop and a tablet', async ({ page }) => {
  // Nineteen pages, each analysed by axe twice: well past one page's budget on a shared machine.
  test.setTimeout(240_000);
  await login(page, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  for (const [screen, width] of [
    ['desktop', 1280],
    ['tablet', 820],
  ] as const) {
    await page.setViewportSize({ width, height: 1000 });
    for (const [name, path] of PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectAccessible(page);
      await shoot(page, `admin-${name}`, screen);
    }
  }
  // A trip's page (with the cancellation form).
  await page.goto('/admin/perjalanan');
  await page
    .getByRole('link', { name: /^KA \d+/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Batalkan perjalanan' })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'admin-trip', 'tablet');
});

test('tables sort, filter and page on the server and download as CSV; strangers and passengers get 404', async ({
  page,
  request,
}) => {
  const guarded = [
    '/admin/stasiun',
    '/admin/perjalanan',
    '/admin/pengaturan',
    '/admin/audit',
    '/admin/audit/export',
    '/admin/tarif/export',
    '/admin/kereta/export',
    '/admin/stasiun/export',
  ];
  for (const path of guarded) expect((await request.get(path)).status(), path).toBe(404);
  // A signed-in passenger is as much a stranger to the back office.
  await login(page, 'siti@contoh.id', 'keretaapi-2026');
  await expect(page.getByTestId('user-name')).toBeVisible();
  for (const path of guarded) expect((await page.request.get(path)).status(), path).toBe(404);
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByText('Anda telah keluar.')).toBeVisible();
  await login(page, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  await page.goto('/admin/stasiun?q=Surabaya&sort=name&dir=asc');
  await expect(page.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('row').nth(1)).toContainText('SGU');
  await page.getByRole('link', { name: /Kode/ }).click();
  await expect(page).toHaveURL(/sort=code&dir=asc/);
  await expect(page.getByRole('row').nth(1)).toContainText('SBI');
  await page.goto('/admin/tarif?train=44');
  await expect(page.getByText(/1–25 dari \d+/)).toBeVisible();
  await page.getByRole('link', { name: 'Berikutnya' }).click();
  await expect(page).toHaveURL(/page=2/);
  const csv = await page.request.get('/admin/tarif/export?train=44&cls=luxury');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toContain('train,class,sub_class,origin,destination,price');
  expect(lines.slice(1).every((l) => l.startsWith('44,luxury,'))).toBe(true);
});
