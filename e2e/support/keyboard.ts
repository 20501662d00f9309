import type { Locator, Page } from '@playwright/test';

/** Presses Tab (Shift+Tab when `back`) until `target` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, back = false, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Types a date into a focused date field segment by segment. Chromium orders the segments by its
 * own UI language (mm/dd/yyyy here), not the page's: try day first, then month first.
 */
export async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-') as [string, string, string];
  for (const digits of [d + m + y, m + d + y]) {
    await tabTo(page, field);
    await page.keyboard.type(digits);
    if ((await field.inputValue()) === iso) return;
    await page.keyboard.press('Shift+Tab'); // out of the field, so Tab enters its first segment
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`could not type ${iso} into ${field.toString()}`);
}
