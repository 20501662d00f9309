import { test, expect } from '@playwright/test';
import { login } from './support/people';

// Mistyped or forged input must get a clear answer, never a server error.
const BAD_PAGES = [
  '/search?from=%00&to=&date=abc&adults=-1&infants=x',
  '/search?adults=99999999999999999999',
  '/search?from=GMR&to=YK&date=2026-13-45',
  '/booking/new?trip=abc&from=GMR&to=YK&class=eksekutif&adults=1',
  '/booking/new?trip=999999&from=XX&to=YY&class=first&adults=9',
  '/booking/%27%3B--',
  '/booking/ABCDEFG',
  '/kaipay/isi-saldo?method=atm&bank=NOPE',
  '/kaipay/isi-saldo?method=retail&bank=ALFAMART&code=%3Cscript%3E',
  '/kaipay/riwayat?filter=drop&page=-4',
  '/tickets?x=1',
  '/kaipay/premium?error=__proto__',
  '/kaipay/pin/lupa?error=constructor',
  '/kaipay/aktivasi?error=__proto__',
  '/login?next=/%09/evil.com',
];

test('malformed pages answer without a server error', async ({ page }) => {
  await login(page, 'siti@contoh.id', 'keretaapi-2026');
  await expect(page.getByTestId('user-name')).toBeVisible();
  for (const url of BAD_PAGES) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(500);
  }
});

test('malformed API calls get 4xx', async ({ request }) => {
  const notify = (data: string) =>
    request.post('/api/payments/notify', {
      data: Buffer.from(data),
      headers: { 'content-type': 'application/json' },
    });
  expect((await notify('{not json')).status()).toBe(400);
  expect((await notify('[]')).status()).toBe(401);
  expect((await notify('{"order_id": 1}')).status()).toBe(401);
  expect((await notify('x'.repeat(20_000))).status()).toBe(413);
  expect((await request.get('/api/sandbox/bank/transactions?since=abc')).status()).toBe(401);
  expect((await request.get('/api/v1/kaipay/balance')).status()).toBeGreaterThanOrEqual(400);
  expect((await request.get('/api/v1/kaipay/balance')).status()).toBeLessThan(500);
});
