import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { ACTIONS, ROUTES, type Owned, type Who } from './support/action-matrix';
import {
  actionBody,
  builtActions,
  builtRouteFiles,
  callAction,
  formStatus,
  routeHandlers,
  type ActionAnswer,
} from './support/endpoints';
import { withE2eDb } from './support/database';
import { WriteWatch } from './support/db-snapshot';
import { anonymous, gateStaff, passenger, throwawayAdmin, type Caller } from './support/callers';
import { activateKaipay } from './support/kaipay';
import { bookTaksaka, e164, topUpThroughSandbox, openPaidTickets } from './support/checkout';

/**
 * The authorization matrix, generated from the build: every server action in the build's
 * server-action manifest and every route handler in app/**\/route.ts is called over HTTP by each
 * caller who may not use it (no session, another passenger, gate staff, a passenger on admin
 * actions). Each is refused and nothing in the database changes; the caller who may use it gets
 * through (so a refusal is not just a malformed request).
 */

const PIN = '582917';

test('every action and route in the build has a row in the matrix', () => {
  const actions = builtActions();
  const names = actions.map((a) => a.name);
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  expect(repeated, 'export names must be unique across actions (the matrix keys on them)').toEqual(
    [],
  );
  expect(
    actions.filter((a) => !ACTIONS[a.name]).map((a) => `${a.file}#${a.name}`),
    'actions with no row in e2e/support/action-matrix.ts ACTIONS',
  ).toEqual([]);
  const routes = routeHandlers().flatMap((r) => r.methods.map((m) => `${m} ${r.file}`));
  expect(
    routes.filter((r) => !ROUTES[r]),
    'route handlers with no row in ROUTES',
  ).toEqual([]);
  expect(actions.length).toBeGreaterThan(40);
});

/** Who, besides the allowed callers, is tried on a row. */
function refusedCallers(who: Who, owned = false): ('anonymous' | 'other' | 'petugas' | 'admin')[] {
  switch (who) {
    case 'admin':
      return ['anonymous', 'other', 'petugas'];
    case 'staff':
      return ['anonymous', 'other'];
    case 'user':
      // Another passenger is refused only on passenger A's things; on their own wallet, tokens
      // or session they are the allowed caller.
      return owned ? ['anonymous', 'other'] : ['anonymous'];
    case 'bank':
      return ['anonymous', 'other', 'petugas', 'admin'];
    case 'public':
      return [];
  }
}

/** The refusal each kind of row gives a caller who may not use it. */
function refusedAction(who: Who, caller: string, owned: boolean, a: ActionAnswer): string | null {
  if (a.status >= 500) return `status ${a.status}`;
  if (who === 'admin' || who === 'staff') return a.status === 404 ? null : `status ${a.status}`;
  if (caller === 'anonymous')
    return a.redirect?.startsWith('/login?next=') ? null : `no login redirect (${a.status})`;
  // Another passenger on passenger A's booking or token: a 404, an error state or an error redirect.
  if (!owned) return null;
  if (a.status === 404 || formStatus(a) === 'error' || /[?&]error=/.test(a.redirect ?? ''))
    return null;
  // revokeToken answers the idle state whether or not the token was the caller's: the database
  // comparison below is what proves it refused.
  if (a.status === 200 && a.redirect === null && formStatus(a) !== 'success') return null;
  return `not refused (${a.status}, ${a.redirect}, ${formStatus(a)})`;
}

/** A signed-shaped notification for an order no one has, signed with the real key or not. */
function notification(serverKey: string | null) {
  const body = {
    order_id: 'TOPUP-0-0',
    status_code: '200',
    gross_amount: '10000.00',
    transaction_status: 'settlement',
    transaction_id: crypto.randomUUID(),
    payment_type: 'bank_transfer',
    signature_key: '0'.repeat(128),
  };
  if (serverKey)
    body.signature_key = crypto
      .createHash('sha512')
      .update(body.order_id + body.status_code + body.gross_amount + serverKey)
      .digest('hex');
  return body;
}

async function callRoute(
  request: APIRequestContext,
  key: string,
  extraHeaders: Record<string, string> = {},
  body?: unknown,
) {
  const [method] = key.split(' ');
  const row = ROUTES[key]!;
  const headers = { ...row.headers, ...extraHeaders };
  const r = await request.fetch(row.url, {
    method,
    headers,
    maxRedirects: 0,
    ...(method === 'POST'
      ? { data: body ?? (key.includes('kirim') ? undefined : {}), multipart: undefined }
      : {}),
  });
  return {
    status: r.status(),
    location: r.headers()['location'] ?? '',
    html: (r.headers()['content-type'] ?? '').includes('text/html'),
  };
}

function refusedRoute(who: Who, caller: string, r: Awaited<ReturnType<typeof callRoute>>) {
  if (r.status >= 500) return `status ${r.status}`;
  if (who === 'admin' || (who === 'staff' && caller !== 'anonymous'))
    return r.status === 404 ? null : `status ${r.status}`;
  if (who === 'bank') return r.status === 401 ? null : `status ${r.status}`;
  // A signed-out caller of a passenger or staff route: 401 (APIs) or the login page (forms).
  if (r.status === 401 || (r.status >= 300 && r.status < 400 && r.location.includes('/login')))
    return null;
  return r.status === 404 && who === 'staff' ? null : `status ${r.status} ${r.location}`;
}

test('each caller who may not use an action or route is refused and nothing is written; the allowed caller gets through', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // Passenger A owns a paid booking, a held booking and an API token; B is another passenger with
  // an active KAIPay (same PIN), so a refusal cannot come from B's own wallet state.
  const a = await passenger(browser, 'owner');
  const aPage = await a.context.newPage();
  await activateKaipay(aPage, e164(a.passenger!.phone), PIN);
  await topUpThroughSandbox(aPage, a.context, 1_500_000, 'Rp 1.500.000');
  const paidCode = await bookTaksaka(aPage, 5);
  await aPage.goto(`/checkout/${paidCode}?method=kaipay`);
  await aPage.getByLabel('PIN KAIPay (6 digit)').fill(PIN);
  await aPage.getByRole('button', { name: 'Lanjutkan' }).click();
  await openPaidTickets(aPage, paidCode);
  const heldCode = await bookTaksaka(aPage, 6);
  const token = await callAction(
    a.context.request,
    builtActions().find((x) => x.name === 'createToken')!,
    actionBody({ name: 'matrix' }),
  );
  expect(formStatus(token), `passenger A makes an API token: ${token.text}`).toBe('success');
  const tokenId = await withE2eDb((db) =>
    db.get<{ id: number }>(
      'select t.id from api_tokens t join users u on u.id = t.user_id where u.email = ?',
      a.passenger!.email,
    ),
  );
  expect(tokenId, 'passenger A has an API token').toBeDefined();
  const owned: Owned = { paidCode, heldCode, tokenId: String(tokenId!.id), pin: PIN };

  const other = await passenger(browser, 'other');
  const otherPage = await other.context.newPage();
  await activateKaipay(otherPage, e164(other.passenger!.phone), PIN);
  const callers: Record<string, Caller> = {
    anonymous: await anonymous(browser),
    other,
    petugas: await gateStaff(browser),
    // Allowed calls with an empty form fail the password check of reauth actions: a throwaway
    // admin takes those failures, not the shared one.
    admin: await throwawayAdmin(browser),
  };
  // A throwaway passenger for the allowed calls (logoutEverywhere ends its sessions).
  const allowedUser = await passenger(browser, 'allowed');
  await aPage.waitForTimeout(1_000); // deliveries and sweeps of the setup settle

  const failures: string[] = [];
  const watch = await WriteWatch.start();
  const actions = builtActions().sort(
    (x, y) => Number(/logout/i.test(x.name)) - Number(/logout/i.test(y.name)),
  );
  let calls = 0;
  for (const action of actions) {
    const row = ACTIONS[action.name];
    if (!row) continue; // reported by the completeness test
    for (const name of refusedCallers(row.who, !!row.onOwned)) {
      const fields = row.onOwned?.(owned) ?? {};
      const answer = await callAction(callers[name]!.context.request, action, actionBody(fields));
      calls += 1;
      const why = refusedAction(row.who, name, !!row.onOwned, answer);
      if (why) failures.push(`${action.name} as ${name}: ${why}`);
    }
    const written = await watch.changes();
    if (written.length) failures.push(`${action.name} refused callers wrote ${written.join(', ')}`);
    // The allowed caller with an empty form: a validation error or the action's own answer,
    // never the refusal above (which would mean the matrix tests a malformed call).
    const allowed =
      row.who === 'admin'
        ? callers.admin!
        : row.who === 'staff'
          ? callers.petugas!
          : row.who === 'user'
            ? allowedUser
            : callers.anonymous!;
    const ok = await callAction(allowed.context.request, action, actionBody({}));
    calls += 1;
    if (ok.status >= 500 || ok.status === 404 || ok.redirect?.startsWith('/login?next='))
      failures.push(`${action.name} as ${allowed.name} (allowed): ${ok.status} ${ok.redirect}`);
    await watch.changes(); // the allowed call may write (a reconciliation, a logout)
  }

  const serverKey = (
    JSON.parse(fs.readFileSync(path.join(process.env.E2E_RUN_DIR!, 'secrets.json'), 'utf8')) as {
      PAYMENT_SERVER_KEY: string;
    }
  ).PAYMENT_SERVER_KEY;
  const merchant = { Authorization: `Basic ${Buffer.from(`${serverKey}:`).toString('base64')}` };
  // Only the routes of the build under test are called (the completeness test reads the files).
  const built = builtRouteFiles();
  const routeKeys = routeHandlers()
    .filter((r) => built.has(r.file))
    .flatMap((r) => r.methods.map((m) => `${m} ${r.file}`));
  for (const key of routeKeys) {
    const row = ROUTES[key];
    if (!row) continue;
    const isNotify = key.includes('payments/notify');
    for (const name of refusedCallers(row.who)) {
      const r = await callRoute(
        callers[name]!.context.request,
        key,
        {},
        isNotify ? notification(null) : undefined,
      );
      calls += 1;
      const why = refusedRoute(row.who, name, r);
      if (why) failures.push(`${key} as ${name}: ${why}`);
    }
    const written = await watch.changes();
    if (written.length) failures.push(`${key} refused callers wrote ${written.join(', ')}`);
    const allowed =
      row.who === 'admin'
        ? callers.admin!
        : row.who === 'staff'
          ? callers.petugas!
          : row.who === 'user'
            ? a
            : callers.anonymous!;
    const r = await callRoute(
      allowed.context.request,
      key,
      row.who === 'bank' && !isNotify ? merchant : {},
      isNotify ? notification(serverKey) : undefined,
    );
    calls += 1;
    // The wrapper's refusals are the HTML not-found page, a 401 or the login page; a handler's own
    // "no such thing" (a KYC image that does not exist) is plain text or JSON.
    if (
      r.status >= 500 ||
      r.status === 401 ||
      (r.status === 404 && r.html) ||
      (row.who !== 'public' && r.location.includes('/login'))
    )
      failures.push(`${key} as ${allowed.name} (allowed): ${r.status} ${r.location}`);
    await watch.changes();
  }
  await watch.close();
  test.info().annotations.push({
    type: 'matrix',
    description: `${actions.length} actions and ${routeKeys.length} route methods, ${calls} calls`,
  });
  expect(failures).toEqual([]);
});
