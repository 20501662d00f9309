import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDb, type TempDb } from '@/lib/testing/temp-db';
import { runWorker } from '@/lib/testing/run-worker';
import { activeWallet } from '@/lib/wallet/testing/fixtures';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { POST } from './route';
import { env } from '@/lib/env';
import { ensureOpenVa } from '@/lib/payments/accounts';
import { retailCodeFor } from '@/lib/payments/testing/retail';
import { signNotification } from '@/lib/payments/notification';
import { retailTopUpOrderId } from '@/lib/payments/order-ids';
import { txId, vaNotification } from '@/lib/payments/testing/notify-fixtures';
import {
  addFeePromo,
  countRows as count,
  walletBalance as balance,
} from '@/lib/payments/testing/db';

let tmp: TempDb;
beforeEach(async () => {
  tmp = await openTempDb();
  await addFeePromo();
});
afterEach(async () => {
  await tmp.cleanup();
});

const post = (body: unknown) =>
  POST(
    new Request('http://localhost/api/payments/notify', {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );

describe('POST /api/payments/notify', () => {
  it('refuses a bad signature with 401 and a malformed body with 400, changing nothing', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const good = vaNotification(number, 100_000);
    expect((await post({ ...good, signature_key: 'f'.repeat(128) })).status).toBe(401);
    expect((await post({ ...good, gross_amount: '999999.00' })).status).toBe(401);
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ ...good, signature_key: undefined })).status).toBe(401);
    // Signed correctly but shaped wrong (an unknown status): 400.
    const badShape = vaNotification(number, 100_000);
    expect((await post({ ...badShape, transaction_status: 'refund' })).status).toBe(400);
    expect(
      (await count('bank_payments')) +
        (await count('payment_notifications')) +
        (await count('ledger_transfers')),
    ).toBe(0);
    expect(await balance(user.id)).toBe(0);
  });

  it('refuses a chunked body past 16 KB with 413 while streaming, without reading the rest', async () => {
    let pulled = 0;
    // No Content-Length: a stream of 1 KB chunks, 256 KB in all, counted as the route reads them.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 256) controller.close();
        else controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
      },
    });
    const request = new Request('http://localhost/api/payments/notify', {
      method: 'POST',
      body,
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(32);
    expect(await count('payment_notifications')).toBe(0);
  });

  it('applies a valid notification well within a second', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const started = performance.now();
    const response = await post(vaNotification(number, 100_000));
    const elapsed = performance.now() - started;
    expect(await response.json()).toEqual({ ok: true, result: 'credited' });
    expect(elapsed).toBeLessThan(1000);
    expect(await balance(user.id)).toBe(100_000);
  });

  it('acknowledges an unknown VA with 200 and changes nothing', async () => {
    const response = await post(vaNotification('3935800000000001', 100_000));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, result: 'unknown_account' });
    expect((await count('bank_payments')) + (await count('ledger_transfers'))).toBe(0);
  });

  it('credits once when the same notification arrives 10 times from 10 processes at once', async () => {
    const user = await activeWallet();
    const { number } = await ensureOpenVa(user.id, 'BCA');
    const body = JSON.stringify(vaNotification(number, 250_000));
    const startAt = String(Date.now() + 3000);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        runWorker<{ result: string }>(
          'lib/payments/testing/apply-worker.ts',
          [body, String(Number(startAt) + (i % 2))],
          tmp.env,
        ),
      ),
    );
    expect(results.filter((r) => r.result === 'credited')).toHaveLength(1);
    expect(results.filter((r) => r.result === 'duplicate')).toHaveLength(9);
    expect(await balance(user.id)).toBe(250_000);
    expect(await count('ledger_transfers')).toBe(1);
    expect(await count('payment_notifications')).toBe(10);
    expect(await checkLedgerInvariants()).toEqual([]);
  }, 60_000);

  it('credits one retail order once when 10 processes send it under 10 transaction ids at once', async () => {
    const user = await activeWallet();
    const { code } = await retailCodeFor(user.id, 'ALFAMART', 120_000);
    const base = {
      order_id: retailTopUpOrderId(code),
      status_code: '200',
      gross_amount: '120000.00',
      transaction_status: 'settlement',
      payment_type: 'cstore',
      payment_code: code,
      store: 'alfamart',
    };
    const signed = { ...base, signature_key: signNotification(base, env().PAYMENT_SERVER_KEY) };
    const startAt = Date.now() + 3000;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        runWorker<{ result: string }>(
          'lib/payments/testing/apply-worker.ts',
          [
            JSON.stringify({ ...signed, transaction_id: txId(`race-${i}`) }),
            String(startAt + (i % 2)),
          ],
          tmp.env,
        ),
      ),
    );
    expect(results.filter((r) => r.result === 'credited')).toHaveLength(1);
    expect(results.filter((r) => r.result === 'flagged')).toHaveLength(9);
    expect(await balance(user.id)).toBe(120_000);
    expect(await count('ledger_transfers')).toBe(1);
    expect(await count('payment_flags')).toBe(9);
    expect(await checkLedgerInvariants()).toEqual([]);
  }, 60_000);
});
