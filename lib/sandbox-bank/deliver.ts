import 'server-only';
import { and, asc, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { sandboxDeliveries } from '@/db/schema';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import { log } from '@/lib/log';

/**
 * Retry schedule after a failed attempt, as Midtrans does (2, 10, 30, 90, 210 minutes). The sandbox
 * counts in seconds by default so a person can watch it; SANDBOX_RETRY_UNIT_MS=60000 gives minutes.
 */
export const RETRY_STEPS = [2, 10, 30, 90, 210];
const unitMs = () => Number(process.env.SANDBOX_RETRY_UNIT_MS ?? 1000);
export const MAX_ATTEMPTS = RETRY_STEPS.length + 1;

/**
 * Sends one queued notification if it is due, claiming it first with a conditional update (its own
 * short transaction) so two server processes never send the same attempt. The HTTP request goes
 * out after that commit, outside any transaction. A non-2xx or a network error schedules the next
 * try; after the last one the delivery is left undelivered for reconciliation to find.
 */
export async function deliver(id: number): Promise<void> {
  const t = now();
  // The next try, decided in the same statement as the claim. Both parameters are cast: a bare
  // `$1 + $2` has no type PostgreSQL can infer, and the times are past 32 bits.
  const nextTry = sql`case when ${sandboxDeliveries.attempts} + 1 >= ${MAX_ATTEMPTS} then null else cast(${t} as bigint) + cast(${unitMs()} as bigint) * (case ${sandboxDeliveries.attempts} ${sql.raw(RETRY_STEPS.map((s, i) => `when ${i} then ${s}`).join(' '))} end) end`;
  const [claimed] = await inTransaction((tx) =>
    tx
      .update(sandboxDeliveries)
      .set({ attempts: sql`${sandboxDeliveries.attempts} + 1`, nextAttemptAt: nextTry })
      .where(
        and(
          eq(sandboxDeliveries.id, id),
          isNull(sandboxDeliveries.deliveredAt),
          isNotNull(sandboxDeliveries.nextAttemptAt),
          lte(sandboxDeliveries.nextAttemptAt, t),
        ),
      )
      .returning({ body: sandboxDeliveries.body, attempts: sandboxDeliveries.attempts }),
  );
  if (!claimed) return;
  let status: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(`${env().APP_URL}/api/payments/notify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: claimed.body,
      signal: AbortSignal.timeout(5000),
    });
    status = response.status;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const ok = status !== null && status >= 200 && status < 300;
  await inTransaction(async (tx) => {
    await tx
      .update(sandboxDeliveries)
      .set({
        lastStatus: status,
        lastError: error,
        ...(ok ? { deliveredAt: now(), nextAttemptAt: null } : {}),
      })
      .where(eq(sandboxDeliveries.id, id));
  });
  log[ok ? 'info' : 'warn']('sandbox_bank.delivery', {
    deliveryId: id,
    attempt: claimed.attempts,
    status,
    error,
  });
}

/** Sends a delivery in the background, right after the payment's commit. */
export function deliverSoon(id: number): void {
  void deliver(id).catch((e: unknown) =>
    log.error('sandbox_bank.delivery_crashed', { deliveryId: id, message: String(e) }),
  );
}

/** Sends every delivery that is due. */
export async function deliverDue(): Promise<void> {
  const due = await getDb()
    .select({ id: sandboxDeliveries.id })
    .from(sandboxDeliveries)
    .where(
      and(
        isNull(sandboxDeliveries.deliveredAt),
        isNotNull(sandboxDeliveries.nextAttemptAt),
        lte(sandboxDeliveries.nextAttemptAt, now()),
      ),
    )
    .orderBy(asc(sandboxDeliveries.nextAttemptAt), asc(sandboxDeliveries.id))
    .limit(20);
  await Promise.all(due.map((d) => deliver(d.id)));
}

let worker: NodeJS.Timeout | undefined;

/** Retries due deliveries every second in this process (started with the server when the sandbox is on). */
export function startSandboxDeliveries(): void {
  if (worker) return;
  worker = setInterval(
    () =>
      void deliverDue().catch((e: unknown) =>
        log.error('sandbox_bank.worker_failed', { message: String(e) }),
      ),
    1000,
  );
  worker.unref();
}
