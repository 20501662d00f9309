import type { Browser, BrowserContext } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './constants';
import { writeDb } from './db-snapshot';
import { login, newPassenger, register, type Passenger } from './people';

/** A browser context (cookies shared with its `request`) for one kind of caller. */
export type Caller = { name: string; context: BrowserContext; passenger?: Passenger };

export async function anonymous(browser: Browser): Promise<Caller> {
  return { name: 'anonymous', context: await browser.newContext() };
}

export async function admin(browser: Browser): Promise<Caller> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  await page.close();
  return { name: 'admin', context };
}

/** A newly registered passenger, signed in. */
export async function passenger(browser: Browser, name = 'passenger'): Promise<Caller> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const p = newPassenger();
  await register(page, p);
  await page.close();
  return { name, context, passenger: p };
}

/**
 * Gate staff: a registered account given the `petugas` staff role in the database, as an admin's
 * grant would (the role is read from the database on every request, so the session picks it up).
 */
export async function gateStaff(browser: Browser): Promise<Caller> {
  const caller = await passenger(browser, 'petugas');
  writeDb((db) =>
    db
      .prepare("update users set staff_role = 'petugas' where email = ?")
      .run(caller.passenger!.email),
  );
  return caller;
}

/**
 * An admin of its own (a registered account promoted in the database), for tests that send wrong
 * or missing admin passwords: the reauth limit (5 per 15 minutes) then locks this account, never
 * the shared admin other specs use.
 */
export async function throwawayAdmin(browser: Browser): Promise<Caller> {
  const caller = await passenger(browser, 'admin');
  writeDb((db) =>
    db.prepare("update users set role = 'admin' where email = ?").run(caller.passenger!.email),
  );
  return caller;
}
