import { test, expect, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './support/constants';
import { activateKaipay } from './support/kaipay';
import { bookTaksaka, e164, topUpThroughSandbox, openPaidTickets } from './support/checkout';
import { login, newPassenger, register } from './support/people';
import { changedTables, snapshot } from './support/db-snapshot';
import { pageRoutes } from './support/pages';

/**
 * Pages read, actions write (STYLE.md 14): rendering any page, with any of the query strings that
 * once made pages create things (a VA, a payment code), leaves every table as it was. Every
 * page.tsx of the app must appear in PAGES, so a new page cannot escape the check.
 */

type Fixture = { code: string; paidCode: string; phone: string; trainId: string };

/** Who opens each page and with which URLs (query strings that once wrote included). */
const PAGES: Record<string, (f: Fixture) => { as: 'passenger' | 'admin'; urls: string[] }> = {
  '/': () => ({ as: 'passenger', urls: ['/'] }),
  '/login': () => ({ as: 'passenger', urls: ['/login'] }),
  '/register': () => ({ as: 'passenger', urls: ['/register'] }),
  '/register/confirm': () => ({ as: 'passenger', urls: ['/register/confirm'] }),
  '/account': () => ({ as: 'passenger', urls: ['/account'] }),
  '/account/token': () => ({ as: 'passenger', urls: ['/account/token'] }),
  '/bench/baseline': () => ({ as: 'passenger', urls: ['/bench/baseline'] }),
  '/search': () => ({
    as: 'passenger',
    urls: ['/search?from=GMR&to=YK&date=2099-01-01&adults=1', '/search?from=GMR&to=YK'],
  }),
  '/booking/new': () => ({
    as: 'passenger',
    urls: ['/booking/new?trip=1&from=GMR&to=YK&class=EKS'],
  }),
  '/booking/[code]': (f) => ({
    as: 'passenger',
    urls: [`/booking/${f.code}`, `/booking/${f.paidCode}`],
  }),
  '/booking/[code]/ubah-jadwal': (f) => ({
    as: 'passenger',
    urls: [`/booking/${f.paidCode}/ubah-jadwal`, `/booking/${f.paidCode}/ubah-jadwal?trip=1&sub=A`],
  }),
  '/checkout/[code]': (f) => ({
    as: 'passenger',
    urls: [
      `/checkout/${f.code}`,
      `/checkout/${f.code}?method=kaipay`,
      `/checkout/${f.code}?method=va&bank=BCA`,
      `/checkout/${f.code}?method=va&bank=MANDIRI`,
      `/checkout/${f.code}?method=retail&bank=INDOMARET`,
      `/checkout/${f.code}?method=retail&outlet=ALFAMART`,
      `/checkout/${f.paidCode}`,
    ],
  }),
  '/tickets': () => ({ as: 'passenger', urls: ['/tickets'] }),
  '/tickets/[code]': (f) => ({
    as: 'passenger',
    urls: [`/tickets/${f.paidCode}`],
  }),
  '/tickets/[code]/boarding': (f) => ({
    as: 'passenger',
    urls: [`/tickets/${f.paidCode}/boarding`],
  }),
  '/tickets/verify': () => ({ as: 'admin', urls: ['/tickets/verify'] }),
  '/kaipay': () => ({ as: 'passenger', urls: ['/kaipay'] }),
  '/kaipay/aktivasi': () => ({ as: 'passenger', urls: ['/kaipay/aktivasi'] }),
  '/kaipay/isi-saldo': () => ({
    as: 'passenger',
    urls: [
      '/kaipay/isi-saldo',
      '/kaipay/isi-saldo?method=atm',
      '/kaipay/isi-saldo?method=atm&bank=MANDIRI',
      '/kaipay/isi-saldo?method=mobile&bank=BNI',
      '/kaipay/isi-saldo?method=retail&bank=INDOMARET',
    ],
  }),
  '/kaipay/pin': () => ({ as: 'passenger', urls: ['/kaipay/pin'] }),
  '/kaipay/pin/lupa': () => ({ as: 'passenger', urls: ['/kaipay/pin/lupa'] }),
  '/kaipay/premium': () => ({ as: 'passenger', urls: ['/kaipay/premium'] }),
  '/kaipay/riwayat': () => ({
    as: 'passenger',
    urls: ['/kaipay/riwayat', '/kaipay/riwayat?filter=topup'],
  }),
  '/kaipay/token': () => ({ as: 'passenger', urls: ['/kaipay/token'] }),
  '/sandbox/bank': () => ({ as: 'passenger', urls: ['/sandbox/bank'] }),
  '/sandbox/inbox': (f) => ({
    as: 'passenger',
    urls: [`/sandbox/inbox?phone=${encodeURIComponent(f.phone)}`],
  }),
};

/** Admin pages: every route under /admin, opened by the admin (dynamic segments from the seed). */
function adminUrls(route: string, f: Fixture): string[] {
  return [route.replace('[id]', f.trainId).replace('[code]', 'GMR')];
}

test('rendering every page leaves the database unchanged', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const p = newPassenger();
  await register(page, p);
  await activateKaipay(page, e164(p.phone), '582917');
  await topUpThroughSandbox(page, page.context(), 1_500_000, 'Rp 1.500.000');
  const paidCode = await bookTaksaka(page, 5);
  await page.goto(`/checkout/${paidCode}?method=kaipay`);
  await page.getByLabel('PIN KAIPay (6 digit)').fill('582917');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await openPaidTickets(page, paidCode);
  const code = await bookTaksaka(page, 6);

  const admin = await (await browser.newContext()).newPage();
  await login(admin, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  const fixture: Fixture = { code, paidCode, phone: e164(p.phone), trainId: '1' };

  const routes = pageRoutes();
  const missing = routes.filter((r) => !r.startsWith('/admin') && !PAGES[r]);
  expect(missing, 'pages with no entry in PAGES').toEqual([]);

  const visits: { page: Page; url: string }[] = routes.flatMap((route) => {
    if (route.startsWith('/admin'))
      return adminUrls(route, fixture).map((url) => ({ page: admin, url }));
    const { as, urls } = PAGES[route]!(fixture);
    return urls.map((url) => ({ page: as === 'admin' ? admin : page, url }));
  });
  // Let the writes of the setup (deliveries, sweeps) settle before the first snapshot.
  await page.waitForTimeout(1_500);
  const before = await snapshot();
  for (const visit of visits) {
    const response = await visit.page.goto(visit.url);
    expect(response?.status(), visit.url).toBeLessThan(500);
    // A prefetch of every link on the page, as a browser or a crawler may make.
    for (const href of await visit.page
      .locator('a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!).slice(0, 20))) {
      const r = await visit.page.request.get(href, { headers: { 'Next-Router-Prefetch': '1' } });
      expect(r.status(), `prefetch ${href} from ${visit.url}`).toBeLessThan(500);
    }
  }
  expect(changedTables(before, await snapshot())).toEqual([]);
});
