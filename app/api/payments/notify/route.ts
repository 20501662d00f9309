import { applyNotification } from '@/lib/payments/apply';
import { NotificationSchema } from '@/lib/payments/notification';
import { paymentProvider } from '@/lib/payments/provider';
import { log } from '@/lib/log';
import { BodyTooLarge, readBodyText } from '@/lib/http/body';

export const dynamic = 'force-dynamic';

const MAX_BODY = 16 * 1024;

/**
 * The bank's payment notification (webhook). The caller is the bank, proven by the signature.
 * Over 16 KB: 413. Bad JSON or shape (an order id not of ours, an unknown status code...), or
 * fields that contradict the signed order (another number, transaction id or amount): 400.
 * Bad signature: 401. Unknown number: logged and acknowledged with 200. A notification flagged
 * for an admin (a second payment of one order, a reversal after settlement) is recorded and
 * acknowledged too. The refusals change nothing; a valid one is applied idempotently.
 */
export async function POST(request: Request): Promise<Response> {
  let text: string;
  try {
    // Counted while streaming: a chunked body without Content-Length is cut off at the limit.
    text = await readBodyText(request, MAX_BODY);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    log.warn('payment.notify_refused', { reason: 'body_too_large' });
    return Response.json({ error: 'body too large' }, { status: 413 });
  }
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
  const outcome = await applyNotification(parsed.data, text);
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
