import { applyNotification } from '@/lib/payments/apply';
import { NotificationSchema } from '@/lib/payments/notification';
import { paymentProvider } from '@/lib/payments/sandbox-provider';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

const MAX_BODY = 16 * 1024;

/**
 * The bank's payment notification (webhook). The caller is the bank, proven by the signature.
 * Bad JSON or shape, or unsigned fields that contradict the signed order id: 400. Bad signature: 401.
 * Unknown number: logged and acknowledged with 200.
 * Nothing changes in any of these; a valid one is applied idempotently.
 */
export async function POST(request: Request): Promise<Response> {
  const text = await request.text();
  if (text.length > MAX_BODY) return Response.json({ error: 'body too large' }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    log.warn('payment.notify_refused', { reason: 'malformed_json' });
    return Response.json({ error: 'malformed body' }, { status: 400 });
  }
  if (!paymentProvider().verify(body)) {
    log.warn('payment.notify_refused', { reason: 'bad_signature' });
    return Response.json({ error: 'invalid signature' }, { status: 401 });
  }
  const parsed = NotificationSchema.safeParse(body);
  if (!parsed.success) {
    log.warn('payment.notify_refused', {
      reason: 'invalid_body',
      issues: parsed.error.issues.map((i) => i.path.join('.')),
    });
    return Response.json({ error: 'malformed body' }, { status: 400 });
  }
  const outcome = applyNotification(parsed.data, text);
  if (outcome.result === 'inconsistent') {
    log.warn('payment.notify_refused', {
      reason: 'inconsistent',
      transactionId: parsed.data.transaction_id,
    });
    return Response.json({ error: 'notification does not match its order' }, { status: 400 });
  }
  if (outcome.result === 'unknown_account')
    log.warn('payment.unknown_account', { transactionId: parsed.data.transaction_id });
  return Response.json({ ok: true, result: outcome.result });
}
