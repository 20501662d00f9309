import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { ROUTES } from './support/action-matrix';
import { builtRouteFiles, multipart, routeHandlers } from './support/endpoints';
import { WriteWatch } from './support/db-snapshot';
import { anonymous, gateStaff, passenger, throwawayAdmin, type Caller } from './support/callers';
import { BAD_VALUES } from './support/fuzz-values';

/**
 * Every route handler in the build, called by the caller who may use it, with malformed requests:
 * junk and repeated query parameters, NaN / 1e309 / negative numbers, truncated JSON, JSON of the
 * wrong shape, the wrong content type, oversized bodies, other HTTP methods; and per route the
 * inputs it reads (a bank notification's fields, signed with the real key, so the checks past the
 * signature are reached). Never a 5xx, and nothing written.
 */

type Req = {
  method?: string;
  url: string;
  body?: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
};

// A lone surrogate cannot be percent-encoded as UTF-8: send the bytes a broken client would.
const JUNK_QUERY = [
  ...BAD_VALUES.filter((v): v is string => typeof v === 'string' && v.length < 1000)
    .filter((v) => v !== '\ud800')
    .map(encodeURIComponent),
  '%ED%A0%80',
  '%FF',
  '%',
];

/** A notification with these (malformed) fields, signed with the real key over them. */
function signed(serverKey: string, fields: Record<string, unknown>): string {
  const body: Record<string, unknown> = {
    order_id: 'TOPUP-1-1',
    status_code: '200',
    gross_amount: '10000.00',
    transaction_status: 'settlement',
    transaction_id: crypto.randomUUID(),
    payment_type: 'bank_transfer',
    ...fields,
  };
  body.signature_key = crypto
    .createHash('sha512')
    .update(
      `${String(body.order_id)}${String(body.status_code)}${String(body.gross_amount)}${serverKey}`,
    )
    .digest('hex');
  return JSON.stringify(body);
}

/** Bodies no JSON endpoint should choke on. */
const BAD_BODIES: { body: string | Buffer; type: string }[] = [
  { body: '', type: 'application/json' },
  { body: '{"payload":', type: 'application/json' },
  { body: 'null', type: 'application/json' },
  { body: '1e309', type: 'application/json' },
  { body: '[]', type: 'application/json' },
  { body: '{"payload":["a","b"]}', type: 'application/json' },
  { body: '{"payload":{"$ne":null}}', type: 'application/json' },
  { body: `{"payload":"${'x'.repeat(200_000)}"}`, type: 'application/json' },
  { body: '{"payload":"\\u0000\\ud800"}', type: 'application/json' },
  { body: '['.repeat(100_000), type: 'application/json' },
  { body: Buffer.from([0xff, 0xfe, 0x00, 0xc3]), type: 'application/json' },
  { body: 'payload=x', type: 'application/x-www-form-urlencoded' },
  { body: 'hello', type: 'text/plain' },
  {
    body: multipart([['payload', 'x']]).raw.subarray(0, 30),
    type: 'multipart/form-data; boundary=x',
  },
];

function generic(url: string, method: string): Req[] {
  const bare = url.split('?')[0]!;
  return [
    ...JUNK_QUERY.map((v) => ({
      method,
      url: `${bare}?since=${v}&page=${v}&filter=${v}&sort=${v}&dir=${v}&q=${v}`,
    })),
    { method, url: `${bare}?since=1&since=2&page=1&page=2` },
    { method, url: `${bare}?q=${'x'.repeat(6_000)}` },
    { method: method === 'GET' ? 'POST' : 'GET', url },
    { method: 'DELETE', url },
    { method: 'PUT', url, body: '{', type: 'application/json' },
    ...(method === 'POST' ? BAD_BODIES.map((b) => ({ method, url, ...b })) : []),
  ];
}

/** Inputs particular to a route, beyond the generic ones. */
function specific(key: string, serverKey: string): Req[] {
  const merchant = { Authorization: `Basic ${Buffer.from(`${serverKey}:`).toString('base64')}` };
  switch (key) {
    case 'POST app/api/payments/notify/route.ts':
      return [
        ...[
          { gross_amount: 'NaN' },
          { gross_amount: '-10000.00' },
          { gross_amount: '10000.5' },
          { gross_amount: '1e309' },
          { gross_amount: ['10000.00'] },
          { order_id: ['TOPUP-1-1', 'x'] },
          { order_id: 'BOOKING-\u0000' },
          { order_id: 'x'.repeat(10_000) },
          { status_code: '\u202e200' },
          { transaction_id: null },
          { transaction_status: '__proto__' },
          { va_numbers: [{ bank: 'bca', va_number: '1e309' }] },
          { va_numbers: 'x' },
          { transaction_time: '2026-13-45 99:99:99' },
        ].map((f) => ({
          method: 'POST',
          url: '/api/payments/notify',
          body: signed(serverKey, f),
          type: 'application/json',
        })),
        {
          method: 'POST',
          url: '/api/payments/notify',
          body: 'x'.repeat(20_000),
          type: 'application/json',
        },
      ];
    case 'GET app/api/sandbox/bank/transactions/route.ts':
      return ['NaN', '-1', '1e309', '1.5', '', '9'.repeat(400)].map((v) => ({
        url: `/api/sandbox/bank/transactions?since=${v}`,
        headers: merchant,
      }));
    case 'GET app/api/sandbox/bank/transactions/[id]/route.ts':
      return ['%00', '..%2F..%2Fetc', 'x'.repeat(4_000), '%F0%9F%91%A9', '1e309'].map((v) => ({
        url: `/api/sandbox/bank/transactions/${v}`,
        headers: merchant,
      }));
    case 'GET app/api/admin/kaipay/kyc/[id]/[kind]/route.ts':
      return ['1e309/id', 'NaN/selfie', '-1/id', '0x1/id', '1/..%2F..', '9007199254740993/id'].map(
        (v) => ({ url: `/api/admin/kaipay/kyc/${v}` }),
      );
    case 'POST app/kaipay/premium/kirim/route.ts':
      return [
        {
          body: multipart([['idNumber', 'x'.repeat(100_000)]]).raw,
          type: 'multipart/form-data; boundary=x',
        },
        ...[
          [['idNumber', '\u0000']],
          [
            ['idNumber', '1'],
            ['idNumber', '2'],
          ],
          [
            ['idPhoto', 'not a file'],
            ['selfie', 'not a file'],
            ['idNumber', '3273011708900001'],
          ],
        ].map((parts) => {
          const m = multipart(parts as [string, string][]);
          return { body: m.raw, type: m.contentType };
        }),
      ].map((r) => ({
        method: 'POST',
        url: '/kaipay/premium/kirim',
        headers: { Origin: 'null' },
        ...r,
      }));
    case 'GET app/api/v1/kaipay/history/route.ts':
    case 'GET app/api/v1/kaipay/balance/route.ts':
    case 'GET app/api/v1/kaipay/status/route.ts':
      return (
        [
          { 'X-Client-Version': '1e309' },
          { 'X-Client-Version': '4.7.4 (NaN)' },
          { 'X-Client-Version': 'x'.repeat(5_000) },
          { 'X-Client-Version': '4.7.4 (104)', Authorization: 'Bearer ' + 'x'.repeat(5_000) },
          { 'X-Client-Version': '4.7.4 (104)', Authorization: 'Bearer kai_' },
          { 'X-Client-Version': '4.7.4 (104)', Authorization: 'Basic Og==' },
        ] as Record<string, string>[]
      ).map((headers) => ({ url: ROUTES[key]!.url, headers }));
    case 'POST app/api/auth/[...nextauth]/route.ts':
      return [
        'callback/credentials',
        'signin/credentials',
        'signout',
        'nope',
        'callback/%00',
      ].flatMap((p) =>
        BAD_BODIES.slice(0, 4).map((b) => ({ method: 'POST', url: `/api/auth/${p}`, ...b })),
      );
    case 'GET app/api/auth/[...nextauth]/route.ts':
      return [
        'session',
        'csrf',
        'providers',
        'nope',
        'signin/%00',
        'callback/credentials?code=1e309',
        'error?error=%00',
      ].map((p) => ({ url: `/api/auth/${p}` }));
    default:
      return [];
  }
}

test('every route handler survives malformed requests: no 5xx, nothing written', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const serverKey = (
    JSON.parse(fs.readFileSync(path.join(process.env.E2E_RUN_DIR!, 'secrets.json'), 'utf8')) as {
      PAYMENT_SERVER_KEY: string;
    }
  ).PAYMENT_SERVER_KEY;
  // The passenger has no KAIPay, so a Premium request that got through the parsing is refused.
  const callers: Record<string, Caller> = {
    public: await anonymous(browser),
    bank: await anonymous(browser),
    user: await passenger(browser, 'fuzzer'),
    staff: await gateStaff(browser),
    admin: await throwawayAdmin(browser),
  };
  await new Promise((r) => setTimeout(r, 1_000));
  const built = builtRouteFiles();
  const failures: string[] = [];
  const watch = await WriteWatch.start();
  let calls = 0;
  for (const route of routeHandlers().filter((r) => built.has(r.file))) {
    for (const method of route.methods) {
      const key = `${method} ${route.file}`;
      const row = ROUTES[key];
      if (!row) continue; // e2e/authz-matrix.spec.ts fails on it
      const request = callers[row.who]!.context.request;
      const reqs = [...generic(row.url, method), ...specific(key, serverKey)];
      for (let i = 0; i < reqs.length; i += 4) {
        await Promise.all(
          reqs.slice(i, i + 4).map(async (r) => {
            const response = await request.fetch(r.url, {
              method: r.method ?? 'GET',
              headers: {
                ...row.headers,
                ...r.headers,
                ...(r.type ? { 'Content-Type': r.type } : {}),
              },
              data: r.body,
              maxRedirects: 0,
            });
            calls += 1;
            if (response.status() >= 500)
              failures.push(
                `${r.method ?? 'GET'} ${r.url.slice(0, 80)} (${key}): ${response.status()}`,
              );
          }),
        );
      }
      await new Promise((r) => setTimeout(r, 100));
      const written = await watch.changes();
      if (written.length) failures.push(`${key}: malformed requests wrote ${written.join(', ')}`);
    }
  }
  await watch.close();
  test.info().annotations.push({ type: 'calls', description: String(calls) });
  expect(failures).toEqual([]);
});
