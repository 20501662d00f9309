import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './constants';
import { withE2eDb } from './database';
import { e164 } from './checkout';
import { login, newPassenger, type Passenger } from './people';

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

const DEMO_PASSWORD = 'keretaapi-2026';

/**
 * A new account, signed in through the login form. It is written to the database (with the demo
 * passenger's password hash) rather than registered through /register: a full e2e run already
 * registers close to the 60-per-hour limit from one address, and these tests are not about
 * registration. Gate staff and admins are the same, with the role set as an admin's grant would.
 */
export async function passenger(
  browser: Browser,
  name = 'passenger',
  roles: Roles = {},
): Promise<Caller> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const p = await signInNew(page, roles);
  await page.close();
  return { name, context, passenger: p };
}

type Roles = { admin?: boolean; petugas?: boolean };

/** Makes a new account (see `passenger`) and signs it in on this page. */
export async function signInNew(page: Page, roles: Roles = {}): Promise<Passenger> {
  const p: Passenger = { ...newPassenger(), password: DEMO_PASSWORD };
  // The demo passenger's password hash, so the account signs in with DEMO_PASSWORD.
  await withE2eDb((db) =>
    db.run(
      `insert into users (email, phone, full_name, nik, birth_date, password_hash, role,
                          staff_role, created_at)
       values (?, ?, ?, ?, ?, (select password_hash from users where email = 'siti@contoh.id'),
               ?, ?, ?)`,
      p.email,
      e164(p.phone),
      p.fullName,
      p.nik,
      p.birthDate,
      roles.admin ? 'admin' : 'passenger',
      roles.petugas ? 'petugas' : null,
      Date.now(),
    ),
  );
  await login(page, p.email, p.password);
  await expect(page.getByTestId('user-name')).toHaveText(p.fullName);
  return p;
}

/** Gate staff: an account with the `petugas` staff role (read from the database on every request). */
export async function gateStaff(browser: Browser): Promise<Caller> {
  return passenger(browser, 'petugas', { petugas: true });
}

/**
 * An admin of its own, for tests that send wrong or missing admin passwords: the reauth limit
 * (5 per 15 minutes) then locks this account, never the shared admin other specs use.
 */
export async function throwawayAdmin(browser: Browser): Promise<Caller> {
  return passenger(browser, 'admin', { admin: true });
}
