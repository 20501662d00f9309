import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { withE2eDb } from './database';

/** The two screens every passenger page is checked on: a desktop and a 360 px phone. */
export const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 360, height: 740 } },
] as const;

/** Rows in the tables a payment number touches (ours and the sandbox bank's), read from the e2e database. */
export function paymentTableCounts(): Promise<Record<string, number>> {
  const tables = [
    'payment_accounts',
    'sandbox_bank_accounts',
    'bank_payments',
    'payment_notifications',
  ];
  return withE2eDb(
    async (db) => {
      const counts: Record<string, number> = {};
      for (const t of tables)
        counts[t] = (await db.get<{ n: number }>(`select count(*) as n from ${t}`))!.n;
      return counts;
    },
    { readonly: true },
  );
}

/** A full-page screenshot under the run's output directory, named for the page and the screen. */
export async function shoot(page: Page, name: string, screen: string): Promise<void> {
  await page.screenshot({
    path: path.join(process.env.E2E_OUTPUT_DIR ?? 'test-results', 'shots', `${name}-${screen}.png`),
    fullPage: true,
  });
}

/** WCAG 2.1 A and AA rules on the page as it stands (as e2e/a11y.spec.ts checks the others). */
export async function expectAccessible(page: Page): Promise<void> {
  // After an action answers, Next streams the page's metadata in after its body: check the page
  // once it has settled (a title), not in the instant between the two.
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
