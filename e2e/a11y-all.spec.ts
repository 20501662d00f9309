import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { activateKaipay } from './support/kaipay';
import { bookTaksaka, e164, topUpThroughSandbox, openPaidTickets } from './support/checkout';
import { admin, anonymous, gateStaff, passenger } from './support/callers';
import { builtPages } from './support/endpoints';
import { pageRoutes } from './support/pages';
import { wibDateIn } from './support/dates';
import { withE2eDb } from './support/database';

/**
 * axe (WCAG 2.1 A and AA) on every page of the app, enumerated from app/**\/page.tsx so a new page
 * is checked without anyone listing it: passenger pages as a passenger with a paid and an unpaid
 * booking, admin pages as the admin, the gate page as gate staff, sign-in pages signed out. No
 * serious or critical violation is allowed (e2e/a11y.spec.ts holds a few pages to zero of any kind).
 */

type Fixture = { paidCode: string; heldCode: string; userId: string; bookingNew: string };

/** URLs for pages whose dynamic segments or query need real data; the rest use the defaults below. */
const URLS: Record<string, (f: Fixture) => string[]> = {
  '/search': () => [`/search?from=GMR&to=YK&date=${wibDateIn(4)}&adults=1&infants=0`],
  '/booking/new': (f) => [f.bookingNew],
  '/booking/[code]': (f) => [`/booking/${f.paidCode}`, `/booking/${f.heldCode}`],
  '/checkout/[code]': (f) => [
    `/checkout/${f.heldCode}`,
    `/checkout/${f.heldCode}?method=va&bank=BCA`,
    // Paid: the receipt.
    `/checkout/${f.paidCode}`,
  ],
  '/tickets/[code]': (f) => [`/tickets/${f.paidCode}`],
  '/kaipay/isi-saldo': () => ['/kaipay/isi-saldo', '/kaipay/isi-saldo?method=atm'],
  '/admin/pemesanan/[code]': (f) => [`/admin/pemesanan/${f.paidCode}`],
  '/admin/penumpang/[id]': (f) => [`/admin/penumpang/${f.userId}`],
  '/admin/stasiun/[code]': () => ['/admin/stasiun/GMR'],
};

function urlsFor(route: string, f: Fixture): string[] {
  const special = URLS[route];
  if (special) return special(f);
  return [route.replace(/\[id\]/g, '1').replace(/\[code\]/g, f.paidCode)];
}

function whoOpens(route: string): 'anonymous' | 'passenger' | 'admin' | 'staff' {
  if (route.startsWith('/admin')) return 'admin';
  if (route === '/tickets/verify') return 'staff';
  if (['/login', '/register', '/register/confirm'].includes(route)) return 'anonymous';
  return 'passenger';
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every page passes axe with no serious or critical violation', async ({ browser }) => {
  test.setTimeout(300_000);
  const p = await passenger(browser);
  const page = await p.context.newPage();
  await activateKaipay(page, e164(p.passenger!.phone), '582917');
  await topUpThroughSandbox(page, p.context, 1_500_000, 'Rp 1.500.000');
  const paidCode = await bookTaksaka(page, 5);
  await page.goto(`/checkout/${paidCode}?method=kaipay`);
  await page.getByLabel('PIN KAIPay (6 digit)').fill('582917');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await openPaidTickets(page, paidCode);
  const heldCode = await bookTaksaka(page, 6);
  await page.goto(`/search?from=GMR&to=YK&date=${wibDateIn(4)}&adults=1&infants=0`);
  const bookingNew = (await page
    .getByRole('article')
    .first()
    .getByRole('link', { name: /^Pilih / })
    .first()
    .getAttribute('href'))!;
  const userId = await withE2eDb(
    async (db) =>
      (await db.get<{ id: number }>('select id from users where email = ?', p.passenger!.email))!
        .id,
  );
  const fixture: Fixture = { paidCode, heldCode, userId: String(userId), bookingNew };
  const pages: Record<string, Page> = {
    passenger: page,
    anonymous: await (await anonymous(browser)).context.newPage(),
    admin: await (await admin(browser)).context.newPage(),
    staff: await (await gateStaff(browser)).context.newPage(),
  };

  // Pages of the build under test (a page still being written elsewhere is checked once built).
  const inBuild = builtPages();
  const built = pageRoutes().filter((r) => inBuild.has(r));
  const failures: string[] = [];
  let checked = 0;
  for (const route of built) {
    for (const url of urlsFor(route, fixture)) {
      const tab = pages[whoOpens(route)]!;
      const response = await tab.goto(url);
      if ((response?.status() ?? 0) >= 500) failures.push(`${url}: ${response?.status()}`);
      // A signed-in page that fell back to the login form would check the wrong page.
      if (whoOpens(route) !== 'anonymous' && new URL(tab.url()).pathname === '/login')
        failures.push(`${url}: sent to the login page`);
      const found = await seriousViolations(tab);
      checked += 1;
      failures.push(...found.map((v) => `${url}: ${v}`));
    }
  }
  test.info().annotations.push({ type: 'pages', description: String(checked) });
  expect(failures).toEqual([]);
});
