import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { login } from './support/people';
import { wibDateIn } from './support/dates';

/** WCAG 2.1 A and AA rules (labels, roles, names, contrast) on the page as a passenger sees it. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('public pages pass axe: home, login, register, search results, sandbox bank', async ({
  page,
}) => {
  for (const path of [
    '/',
    '/login',
    '/register',
    `/search?from=GMR&to=YK&date=${wibDateIn(4)}&adults=1&infants=0`,
    '/sandbox/bank',
  ]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test('signed-in pages pass axe: booking form, Tiket Saya, KAIPay, account', async ({ page }) => {
  await login(page, 'siti@contoh.id', 'keretaapi-2026');
  await expect(page.getByTestId('user-name')).toBeVisible();
  await page.goto(`/search?from=GMR&to=BD&date=${wibDateIn(6)}&adults=2&infants=1`);
  await page
    .getByRole('article')
    .first()
    .getByRole('link', { name: /Eksekutif$/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Data penumpang dan kursi' })).toBeVisible();
  await expectAccessible(page);
  for (const path of ['/tickets', '/kaipay', '/account']) {
    await page.goto(path);
    await expectAccessible(page);
  }
});
