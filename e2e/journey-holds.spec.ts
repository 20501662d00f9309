import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { payAtBank } from './support/sandbox-bank';
import { expectAccessible, shoot, VIEWPORTS } from './support/passenger';
import { bookTaksakaTrain } from './support/journey';
import { withE2eDb } from './support/database';
import { wibDateIn } from './support/dates';

const MIN = 60_000;
/**
 * Moves a booking's field to an instant relative to now (what the clock would do in minutes): the
 * pages cannot reach a train departing within the hour or a hold past its deadline in a test's
 * time. The server reads the database on every request, so the next page load sees the change.
 */
const setBooking = (code: string, column: 'hold_expires_at' | 'departs_at', at: number) =>
  withE2eDb((db) => db.run(`update bookings set ${column} = ? where code = ?`, at, code));

/** Opens a closed BCA VA for the booking and pays it at the sandbox bank; waits for the tickets. */
async function payByVa(page: Page, context: BrowserContext, code: string) {
  await page.goto(`/checkout/${code}`);
  await page.getByRole('button', { name: 'BCA' }).click();
  const va = (await page.getByTestId('booking-va-number').textContent())!;
  const bank = await context.newPage();
  await bank.goto('/sandbox/bank');
  await payAtBank(bank, { channel: 'atm', bank: 'BCA', number: va, amount: 600_000 });
  await expect(bank.getByText(/Pembayaran berhasil/)).toBeVisible();
  await bank.close();
  await expect(async () => {
    await page.goto(`/booking/${code}`);
    await expect(page.getByTestId('booking-status')).toHaveText('Lunas', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

// Issue 12.7 ("Pesan lagi", a gate-ready boarding pass) and 12.10 (the grace is said on the page).
for (const { name, viewport } of VIEWPORTS) {
  test.describe(`holds and passes on ${name}`, () => {
    test.use({ viewport });

    test('an expired booking offers "Pesan lagi" back to the same search', async ({ page }) => {
      await register(page, newPassenger());
      const code = await bookTaksakaTrain(page, '44', 4);
      await setBooking(code, 'hold_expires_at', Date.now() - MIN);
      await page.goto(`/booking/${code}`);
      await expect(page.getByTestId('booking-status')).toHaveText('Kedaluwarsa');
      const again = page.getByTestId('book-again').getByRole('link', { name: 'Pesan lagi' });
      await expect(again).toHaveAttribute(
        'href',
        `/search?from=GMR&to=YK&date=${wibDateIn(4)}&adults=1&infants=0`,
      );
      await shoot(page, 'journey-booking-expired', name);
      await expectAccessible(page);
      await again.click();
      await expect(page.getByRole('article').filter({ hasText: 'Taksaka (KA 44)' })).toBeVisible();
    });

    test('a hold with a bank number past its deadline says the seats wait for a bank payment made in time', async ({
      page,
    }) => {
      await register(page, newPassenger());
      const code = await bookTaksakaTrain(page, '48', 4);
      await page.goto(`/checkout/${code}`);
      await page.getByRole('button', { name: 'BCA' }).click();
      await expect(page.getByTestId('booking-va-number')).toBeVisible();
      await setBooking(code, 'hold_expires_at', Date.now() - MIN);
      await page.goto(`/booking/${code}`);
      await expect(page.getByTestId('booking-status')).toHaveText('Menunggu pembayaran');
      await expect(page.getByTestId('grace-note')).toContainText(
        /kursi ditahan sampai \d\d:\d\d WIB\./,
      );
      await expect(page.getByRole('link', { name: 'Bayar Sekarang' })).toHaveCount(0);
      await shoot(page, 'journey-booking-grace', name);
      await expectAccessible(page);
    });

    test('the boarding pass is made for the gate: large QR, coach and seat, the boarding window', async ({
      page,
      context,
    }) => {
      await register(page, newPassenger());
      const code = await bookTaksakaTrain(page, '44', 5);
      await payByVa(page, context, code);
      await page.goto(`/tickets/${code}`);
      await shoot(page, 'journey-eticket', name);
      // The train leaves in an hour: boarding (2 h before) is open.
      const departs = Date.now() + 60 * MIN;
      await setBooking(code, 'departs_at', departs);
      await page.goto(`/tickets/${code}`);
      await page.getByRole('button', { name: 'Buka e-boarding pass' }).click();
      const pass = page.getByTestId('boarding-pass');
      await expect(pass).toHaveCount(1);
      const qr = pass.getByTestId('ticket-qr');
      await expect(qr).toHaveAttribute('data-payload', /^KAI2\./);
      const box = (await qr.boundingBox())!;
      // As wide as a phone allows (quiet zone included), large on a desktop.
      expect(box.width).toBeGreaterThanOrEqual(Math.min(300, viewport.width - 80));
      await expect(pass.getByTestId('pass-coach')).toHaveText(/^EKS-\d$/);
      await expect(pass.getByTestId('pass-seat')).toHaveText(/^\d{1,2}[A-D]$/);
      const hhmm = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(11, 16);
      await expect(pass.getByTestId('boarding-window')).toContainText(
        `${hhmm(departs - 120 * MIN)} – ${hhmm(departs)} WIB`,
      );
      await expect(page.getByTestId('e-ticket')).toHaveCount(0);
      await shoot(page, 'journey-boarding-pass', name);
      await expectAccessible(page);
    });
  });
}
