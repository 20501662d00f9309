/**
 * What `npm run bench` (scripts/bench.ts) sends: for each scenario, the request it sends i-th (a
 * new passenger, route, seat or order id each time) and, for writes, what an answer that did the
 * work looks like.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DidWork, Req } from './bench-load';
import { BENCH_PIN, type Fixtures } from './bench-shared';
import { openVaOrderId } from '../lib/payments/order-ids';
import { signNotification } from '../lib/payments/notification';

function wibDateIn(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

const ROUTES = [
  ['GMR', 'YK'],
  ['GMR', 'SBI'],
  ['BD', 'SGU'],
  ['GMR', 'BD'],
  ['PSE', 'ML'],
  ['CN', 'SLO'],
  ['GMR', 'ML'],
  ['YK', 'GMR'],
  ['SMT', 'GMR'],
  ['KYA', 'JG'],
];
const DAYS = [1, 7, 10, 20, 30, 44];
const SEARCHES = ROUTES.flatMap(([from, to]) =>
  DAYS.map(
    (d) =>
      `/search?${new URLSearchParams({ from: from!, to: to!, date: wibDateIn(d), adults: '2', infants: '0' })}`,
  ),
);

/** The server action's id, as the browser's router sends it, from the build's manifest. */
function actionId(dist: string, file: string, name: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(dist, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const hit = Object.entries(manifest.node).find(
    ([, v]) => v.filename === file && v.exportedName === name,
  );
  if (!hit) throw new Error(`no server action ${name} in ${file} in the build's manifest`);
  return hit[0];
}

const BOUNDARY = '----kaibench7MA4YWxkTrZu0gW';
/**
 * What React's encodeReply makes of `action(previousState, formData)` (useActionState): the
 * form's fields under `_1_`, then the root `0` LAST (it is `set` after the parts; the server
 * resolves the root as soon as it streams in, so the fields must come first).
 */
function actionBody(fields: Record<string, string>): string {
  const parts = [
    ...Object.entries(fields).map(([k, v]) => [`_1_${k}`, v]),
    ['0', '[{"status":"idle"},"$K1"]'],
  ];
  return (
    parts
      .map(
        ([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
      )
      .join('') + `--${BOUNDARY}--\r\n`
  );
}

/** A scenario: its name, the request it sends i-th, and for writes, what a done answer looks like. */
type Scenario = [string, (i: number) => Req, DidWork?];

export function scenarios(fx: Fixtures, dist: string): Scenario[] {
  const hold = actionId(dist, 'app/booking/actions.ts', 'holdBooking');
  const pay = actionId(dist, 'app/checkout/[code]/actions.ts', 'payBookingWithKaipay');
  const as = (p: number) => ({
    cookie: fx.passengers[p]!.cookie,
    // The bench is a trusted proxy (TRUSTED_PROXIES=127.0.0.1): each passenger has an address.
    'x-forwarded-for': fx.passengers[p]!.ip,
  });
  const action = (id: string, p: number, fields: Record<string, string>, page: string): Req => ({
    method: 'POST',
    path: page,
    headers: {
      ...as(p),
      accept: 'text/x-component',
      'next-action': id,
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
    },
    body: actionBody(fields),
  });
  const n = fx.passengers.length;
  // Booking pages are read from the end of the list, payments taken from the start.
  const shown = fx.toPay.slice(-500);
  return [
    ['baseline page', () => ({ path: '/bench/baseline' })],
    ['home /', () => ({ path: '/' })],
    [`search (${SEARCHES.length} pairs)`, (i) => ({ path: SEARCHES[i % SEARCHES.length]! })],
    [
      'booking page (signed in)',
      (i) => {
        const [p, code] = shown[i % shown.length]!;
        return { path: `/booking/${code}`, headers: as(p) };
      },
    ],
    [
      'e-ticket page (signed in)',
      (i) => {
        const [p, code] = fx.paid[i % fx.paid.length]!;
        return { path: `/tickets/${code}`, headers: as(p) };
      },
    ],
    [
      'create hold (action)',
      (i) => {
        const s = fx.slots[i % fx.slots.length]!;
        const p = i % n;
        const query = `trip=${s.tripId}&from=${s.origin}&to=${s.destination}&class=${s.seatClass}&adults=1&infants=0`;
        return action(
          hold,
          p,
          {
            tripId: String(s.tripId),
            origin: s.origin,
            destination: s.destination,
            seatClass: s.seatClass,
            adults: '1',
            infants: '0',
            adult_0_name: 'Penumpang Bench',
            adult_0_idType: 'nik',
            adult_0_idNumber: '3273015503920001',
            adult_0_seat: s.seat,
            contactName: 'Penumpang Bench',
            contactEmail: `bench${p}@contoh.id`,
            contactPhone: '081299990000',
          },
          `/booking/new?${query}`,
        );
      },
      // Held: the action redirects to the new booking (a refusal answers 200 with the form state).
      (_status, _body, headers) => /^\/booking\/[A-Z0-9]+/.test(headers['x-action-redirect'] ?? ''),
    ],
    [
      'pay hold with KAIPay (action)',
      (i) => {
        // Never the same hold twice: paying a paid one answers with its receipt too (a double
        // click must), and would be counted as a payment it is not.
        const next = fx.toPay[i];
        if (!next) throw new Error('every hold was paid: raise BENCH_HOLDS_TO_PAY');
        const [p, code] = next;
        return action(pay, p, { code, pin: BENCH_PIN }, `/checkout/${code}`);
      },
      // Paid: the 'paid' state, and the checkout refreshed into its receipt within the same answer
      // (what a browser is sent; a refusal answers with an error state and no page).
      (status, body) =>
        status === 200 && body.includes('"message":"paid"') && body.includes('receipt-heading'),
    ],
    [
      'bank notification',
      (i) => {
        const va = fx.passengers[i % n]!.va;
        const transactionId = crypto.randomUUID();
        const signed = {
          order_id: openVaOrderId(va, transactionId),
          status_code: '200',
          gross_amount: '10000.00',
        };
        const body = {
          ...signed,
          transaction_status: 'settlement',
          transaction_id: transactionId,
          payment_type: 'bank_transfer',
          transaction_time: new Date(Date.now() + 7 * 3600_000)
            .toISOString()
            .replace('T', ' ')
            .slice(0, 19),
          va_numbers: [{ bank: 'bca', va_number: va }],
          signature_key: signNotification(signed, fx.serverKey),
        };
        return {
          method: 'POST',
          path: '/api/payments/notify',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        };
      },
    ],
  ];
}
