import { test, expect, type BrowserContext } from '@playwright/test';
import { newPassenger, register } from './support/people';
import { activateKaipay } from './support/kaipay';
import {
  bookTaksaka,
  e164,
  tapPin,
  topUpThroughSandbox,
  openPaidTickets,
} from './support/checkout';

const nonceOf = (policy: string) => policy.match(/'nonce-([^']+)'/)?.[1];

test('pages carry a nonce CSP (fresh each time, on every script) and the usual security headers', async ({
  request,
}) => {
  const first = await request.get('/');
  const second = await request.get('/search');
  for (const response of [first, second]) {
    const h = response.headers();
    const policy = h['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ])
      expect(policy).toContain(directive);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['referrer-policy']).toBe('same-origin');
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    expect(h['permissions-policy']).toContain('camera=()');
    // HSTS only with APP_ENV=production; the e2e server is the development demo over plain HTTP.
    expect(h['strict-transport-security']).toBeUndefined();
  }
  const nonce = nonceOf(first.headers()['content-security-policy']!);
  expect(nonce).not.toBe(nonceOf(second.headers()['content-security-policy']!));
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // Static files and JSON need no policy, but keep the other headers.
  const api = await request.get('/api/health');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});

/** Collects every CSP report Chromium writes to the console and every script error, on all tabs. */
function watchViolations(context: BrowserContext): string[] {
  const problems: string[] = [];
  context.on('console', (message) => {
    if (
      /Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())
    )
      problems.push(`${message.page()?.url()}: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`script error: ${error.error().message}`));
  return problems;
}

test('no CSP violation on home, search, booking, checkout, tickets and the KAIPay pages; scripts and styles work', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const problems = watchViolations(context);
  await page.goto('/');
  // Tailwind's stylesheet applies (bg-slate-50 on the body).
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
    'rgba(0, 0, 0, 0)',
  );
  const p = newPassenger();
  await register(page, p);
  // Activation runs client components (countdown, forms) and opens the sandbox inbox for the OTP.
  await activateKaipay(page, e164(p.phone), '582917');
  await topUpThroughSandbox(page, context, 700_000, 'Rp 700.000');
  for (const path of ['/kaipay', '/kaipay/riwayat', '/kaipay/isi-saldo', '/kaipay/premium']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // Search and the booking page, through the search form (a hydrated client form).
  const code = await bookTaksaka(page, 7);
  await page.goto(`/checkout/${code}?method=kaipay`);
  // The on-screen keypad is a client component: it fills the field only if scripts run.
  await tapPin(page, '582917');
  await expect(page.getByLabel('PIN KAIPay (6 digit)')).toHaveValue('582917');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await openPaidTickets(page, code);
  await expect(page.getByTestId('e-ticket').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('markup injected into a page cannot run script, and the refusal is reported', async ({
  page,
  context,
}) => {
  const problems = watchViolations(context);
  await page.goto('/');
  await page.evaluate(() =>
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img alt="" src="/favicon.ico?x" onload="window.__injected = 1" onerror="window.__injected = 1">',
    ),
  );
  await expect.poll(() => problems.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
});
