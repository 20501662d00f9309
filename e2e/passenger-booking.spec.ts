import { test, expect } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { wibDateIn } from './support/dates';
import { expectAccessible, shoot, VIEWPORTS } from './support/passenger';

// Issue 12.3: progress steps and the summary at the top of the booking form; an unpaid booking on
// the home page and in Tiket Saya with its countdown, its deadline in WIB and "Bayar".
for (const { name, viewport } of VIEWPORTS) {
  test.describe(`booking on ${name}`, () => {
    test.use({ viewport });

    test('the form shows where the passenger is; the unpaid booking cannot be missed', async ({
      page,
    }) => {
      await register(page, newPassenger());
      await page.goto(`/search?from=GMR&to=YK&date=${wibDateIn(3)}&adults=1&infants=0`);
      await page
        .getByRole('article')
        .filter({ hasText: 'Taksaka (KA 44)' })
        .getByRole('link', { name: 'Pilih Taksaka Eksekutif' })
        .click();
      const steps = page.getByRole('navigation', { name: 'Langkah pemesanan' });
      await expect(steps.getByRole('listitem')).toHaveText([
        /Pilih kereta/,
        /Data penumpang/,
        /Pembayaran/,
        /E-tiket/,
      ]);
      await expect(steps.locator('[aria-current="step"]')).toContainText('Data penumpang');
      // The journey and the price come before the passenger data.
      const [summary, passengers] = await Promise.all([
        page.getByTestId('booking-total').boundingBox(),
        page.getByRole('group', { name: 'Penumpang' }).boundingBox(),
      ]);
      expect(summary!.y).toBeLessThan(passengers!.y);
      await shoot(page, 'booking-form', name);

      // A name that breaks two rules is told once, not twice.
      await page.getByLabel('Nama lengkap (sesuai identitas)').fill('');
      await page.getByLabel('Nomor identitas').fill('3273011708900001');
      await page.getByRole('button', { name: 'Lanjutkan ke pembayaran' }).click();
      await expect(page.locator('#adult_0_name-error')).toHaveText(
        'Isi nama penumpang (minimal 3 huruf).',
      );
      await page.getByLabel('Nama lengkap (sesuai identitas)').fill('Budi Santoso');
      await page.getByRole('button', { name: 'Lanjutkan ke pembayaran' }).click();
      await expect(page.getByTestId('booking-status')).toHaveText('Menunggu pembayaran');
      const code = (await page.getByTestId('booking-code').textContent())!;
      await expect(page.getByTestId('deadline-clock')).toHaveText(/Bayar sebelum .*\d\d:\d\d WIB/);

      for (const path of ['/', '/tickets']) {
        await page.goto(path);
        const card = page.getByTestId('unpaid-booking').filter({ hasText: code });
        await expect(card.getByTestId('countdown')).toHaveText(/^00:5\d:\d\d$|^01:00:00$/);
        await expect(card.getByTestId('unpaid-deadline')).toHaveText(
          /^Bayar sebelum .*\d\d:\d\d WIB$/,
        );
        await expect(card.getByRole('link', { name: `Bayar pemesanan ${code}` })).toBeVisible();
        await shoot(page, path === '/' ? 'home-unpaid' : 'tickets-unpaid', name);
        await expectAccessible(page);
      }
      await page
        .getByTestId('unpaid-booking')
        .getByRole('link', { name: `Bayar pemesanan ${code}` })
        .click();
      await expect(page.getByRole('heading', { name: 'Pembayaran', level: 1 })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/checkout/${code}$`));
    });
  });
}

test('a passenger who is not signed in sees no unpaid booking on the home page', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Cari Tiket' }).or(page.getByRole('form')),
  ).not.toHaveCount(0);
  await expect(page.getByTestId('unpaid-booking')).toHaveCount(0);
});
