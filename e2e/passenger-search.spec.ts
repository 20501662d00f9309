import { test, expect } from '@playwright/test';
import { wibDateIn } from './support/dates';
import { expectAccessible, shoot, VIEWPORTS } from './support/passenger';

// Issue 12.6: search on a phone: the first train on the first screen, a day strip, a swap button,
// every field's error in one pass.
for (const { name, viewport } of VIEWPORTS) {
  test.describe(`search on ${name}`, () => {
    test.use({ viewport });

    test('results: first train on the first screen, other days and swapped stations a tap away', async ({
      page,
    }) => {
      const date = wibDateIn(3);
      await page.goto(`/search?from=GMR&to=YK&date=${date}&adults=1&infants=0`);
      const first = page.getByRole('article').first();
      await expect(first).toBeVisible();
      const box = (await first.boundingBox())!;
      // Its name and times, at least, before the fold.
      expect(box.y + 80).toBeLessThan(viewport.height);
      await shoot(page, 'search-results', name);
      await expectAccessible(page);

      // Sort and filter are folded into one line and still work.
      await page.getByTestId('sort-filter').locator('summary').click();
      await page.getByLabel('Urutkan').selectOption('price');
      await page.getByRole('button', { name: 'Terapkan' }).click();
      await expect(page.getByTestId('sort-filter')).toContainText('Harga termurah');

      const strip = page.getByRole('navigation', { name: 'Tanggal lain' });
      await strip.getByRole('link', { name: /^Hari berikutnya/ }).click();
      await expect(page).toHaveURL(new RegExp(`date=${wibDateIn(4)}`));
      await expect(page).toHaveURL(/sort=price/);
      await expect(page.getByRole('article').first()).toBeVisible();

      await page.getByTestId('swap-link').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Yogyakarta (YK) → Gambir (GMR)',
      );
    });

    test('the form swaps stations and shows every error at once', async ({ page }) => {
      await page.goto('/');
      await page.getByLabel('Stasiun asal').fill('Gambir');
      await page.getByLabel('Stasiun tujuan').fill('Bandung');
      await page.getByRole('button', { name: 'Tukar asal dan tujuan' }).click();
      await expect(page.getByLabel('Stasiun asal')).toHaveValue('Bandung');
      await expect(page.getByLabel('Stasiun tujuan')).toHaveValue('Gambir');
      await shoot(page, 'home', name);

      await page.goto('/search?from=&to=Atlantis&date=2020-01-01&adults=9&infants=0');
      for (const id of ['from', 'to', 'date', 'adults'])
        await expect(page.locator(`#search-${id}-error`)).toBeVisible();
      await expect(page.locator('#search-adults-error')).toHaveText('Jumlah dewasa 1 sampai 4.');
      await shoot(page, 'search-errors', name);
    });
  });
}
