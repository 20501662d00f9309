import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { advanceClock, now } from '@/lib/clock';
import { env } from '@/lib/env';
import { openTempDb } from '@/lib/testing/temp-db';
import { NotificationSchema, signatureValid } from '@/lib/payments/notification';
import { deliver, MAX_ATTEMPTS, RETRY_STEPS } from './deliver';
import { payAtBank } from './pay';
import { deliveryLog } from './queries';
import { registerAccount } from './registry';

// The app's notification endpoint, played by a local server answering the statuses queued here.
let answers: number[];
let received: string[];
let server: http.Server;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  answers = [];
  received = [];
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d));
    req.on('end', () => {
      received.push(body);
      res.writeHead(answers.shift() ?? 500).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.env.APP_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanup = (await openTempDb()).cleanup;
});
afterEach(async () => {
  await cleanup();
  delete process.env.APP_URL;
  await new Promise((r) => server.close(r));
});

const NUMBER = '3935880000000001';
type DeliveryRow = {
  id: number;
  attempts: number;
  next: number | null;
  status: number | null;
  delivered: number | null;
};
const delivery = async () =>
  (await row<DeliveryRow>(
    sql`select id, attempts, next_attempt_at as next, last_status as status, delivered_at as delivered from sandbox_deliveries`,
  ))!;
async function until(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await done()); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('sandbox bank deliveries', () => {
  it('sends a signed notification after the payment commits, retries on the schedule, claims each attempt once', async () => {
    await registerAccount({ bank: 'BCA', number: NUMBER, kind: 'open_va' });
    const paid = await payAtBank({ channel: 'atm', bank: 'BCA', number: NUMBER, amount: 75_000 });
    if (!paid.ok) throw new Error(paid.code);
    // The first attempt goes out right after the commit and gets a 500.
    await until(async () => (await delivery()).status !== null);
    const first = await delivery();
    expect(first).toMatchObject({ attempts: 1, status: 500, delivered: null });
    expect(first.next! - now()).toBeGreaterThan(0);
    expect(first.next! - now()).toBeLessThanOrEqual(RETRY_STEPS[0]! * 1000);
    const body = JSON.parse(received[0]!) as unknown;
    expect(signatureValid(body, env().PAYMENT_SERVER_KEY)).toBe(true);
    expect(NotificationSchema.parse(body)).toMatchObject({
      transaction_id: paid.transactionId,
      order_id: paid.orderId,
      gross_amount: '75000.00',
    });
    expect(await deliveryLog([paid.transactionId])).toMatchObject([
      { state: 'retrying', attempt: 1, httpStatus: 500, amount: 75_000 },
    ]);

    // Not due yet: nothing is sent.
    await deliver(first.id);
    expect(received).toHaveLength(1);

    // Due: two workers race for the attempt, one sends it.
    advanceClock(RETRY_STEPS[0]! * 1000);
    answers.push(200);
    await Promise.all([deliver(first.id), deliver(first.id)]);
    expect(received).toHaveLength(2);
    expect(await delivery()).toMatchObject({ attempts: 2, status: 200, next: null });
    expect((await delivery()).delivered).not.toBeNull();
    expect(await deliveryLog([paid.transactionId])).toMatchObject([{ state: 'delivered' }]);
    advanceClock(3600_000);
    await deliver(first.id);
    expect(received).toHaveLength(2);
  });

  it('gives up after the last attempt, leaving the payment for reconciliation', async () => {
    await registerAccount({ bank: 'BCA', number: NUMBER, kind: 'open_va' });
    const paid = await payAtBank({ channel: 'atm', bank: 'BCA', number: NUMBER, amount: 20_000 });
    if (!paid.ok) throw new Error(paid.code);
    await until(async () => (await delivery()).status !== null);
    const { id } = await delivery();
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      advanceClock(RETRY_STEPS[attempt - 2]! * 1000);
      await deliver(id);
    }
    expect(received).toHaveLength(MAX_ATTEMPTS);
    expect(await delivery()).toMatchObject({
      attempts: MAX_ATTEMPTS,
      next: null,
      delivered: null,
    });
    expect(await deliveryLog([paid.transactionId])).toMatchObject([
      { state: 'gave_up', attempts: MAX_ATTEMPTS, httpStatus: 500 },
    ]);
    advanceClock(86_400_000);
    await deliver(id);
    expect(received).toHaveLength(MAX_ATTEMPTS);
  });
});
