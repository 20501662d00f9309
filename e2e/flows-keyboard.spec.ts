import { test, expect } from '@playwright/test';
import { activateKaipay } from './support/kaipay';
import { e164, topUpThroughSandbox } from './support/checkout';
import { signInNew } from './support/callers';
import { wibDateIn } from './support/dates';
import { tabTo, typeDate } from './support/keyboard';

/**
 * From search to e-ticket with the keyboard alone (Tab, Shift+Tab, typing, Enter, Space, arrow
 * keys; no click, no fill): the search form, a train, a seat moved to with the arrow keys, the
 * passenger form, the KAIPay PIN, the e-ticket. The wallet is set up beforehand as usual.
 */
test('keyboard only: search, train, seat by arrow keys, passenger, KAIPay PIN, e-ticket', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const p = await signInNew(page);
  await activateKaipay(page, e164(p.phone), '582917');
  await topUpThroughSandbox(page, page.context(), 1_500_000, 'Rp 1.500.000');
  await page.goto('/');
  await page.locator('body').focus();
  const kb = page.keyboard;

  await tabTo(page, page.getByLabel('Stasiun asal'));
  await kb.type('Gambir (GMR) · Jakarta');
  await tabTo(page, page.getByLabel('Stasiun tujuan'));
  await kb.type('Yogyakarta');
  await typeDate(page, page.getByLabel('Tanggal berangkat'), wibDateIn(8));
  await expect(page.getByLabel('Tanggal berangkat')).toHaveValue(wibDateIn(8));
  await tabTo(page, page.getByRole('button', { name: 'Cari Tiket' }));
  await kb.press('Enter');

  const choose = page
    .getByRole('article')
    .filter({ hasText: 'Taksaka (KA 44)' })
    .getByRole('link', { name: 'Pilih Taksaka Eksekutif' });
  await expect(choose).toBeVisible();
  await tabTo(page, choose);
  await kb.press('Enter');
  await expect(page.getByRole('heading', { name: 'Data penumpang dan kursi' })).toBeVisible();

  // The seat map: Tab into it, move with the arrow keys, choose with Space.
  const seats = page.getByRole('button', { name: /^Kursi \S+, (tersedia|dipilih)/ });
  await tabTo(page, seats.first());
  const start = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  await kb.press('ArrowRight');
  await kb.press('ArrowDown');
  const moved = await page.evaluate(() => ({
    label: document.activeElement?.getAttribute('aria-label') ?? '',
    seat: document.activeElement?.textContent ?? '',
  }));
  expect(moved.label, 'the arrow keys moved the focus to another seat').not.toBe(start);
  await kb.press('Space');
  await expect(
    page.getByRole('button', { name: new RegExp(`^Kursi ${moved.seat}, dipilih`) }),
  ).toHaveAttribute('aria-pressed', 'true');

  await tabTo(page, page.getByLabel('Nama lengkap (sesuai identitas)'));
  await kb.type('Budi Santoso');
  await tabTo(page, page.getByLabel('Nomor identitas'));
  await kb.type('3273011708900001');
  await tabTo(page, page.getByRole('button', { name: 'Lanjutkan ke pembayaran' }));
  await kb.press('Enter');
  await expect(page.getByTestId('booking-status')).toHaveText('Menunggu pembayaran');
  const code = (await page.getByTestId('booking-code').textContent())!;
  await expect(page.getByText(`Gerbong`).first()).toContainText(moved.seat);

  await tabTo(page, page.getByRole('link', { name: 'Bayar Sekarang' }));
  await kb.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/checkout/${code}`));
  const pin = page.getByLabel('PIN KAIPay (6 digit)');
  if (!(await pin.isVisible())) {
    await tabTo(page, page.getByTestId('method-kaipay').getByRole('link').first());
    await kb.press('Enter');
  }
  await tabTo(page, pin);
  await kb.type('582917');
  await tabTo(page, page.getByRole('button', { name: 'Lanjutkan' }));
  await kb.press('Enter');
  // Paid: the receipt takes the checkout's place and the focus; the e-tickets are the next Tab.
  await expect(page.getByRole('heading', { level: 1, name: 'Pembayaran berhasil' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Lihat E-tiket' }));
  await kb.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/tickets/${code}`));
  await expect(page.getByText(moved.seat).first()).toBeVisible();
});
