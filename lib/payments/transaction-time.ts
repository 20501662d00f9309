import { isIsoDate } from '@/lib/dates';

/** Clock skew allowed between the bank and us. */
const SKEW_MS = 60_000;

/**
 * When the bank says the money moved: a notification's `transaction_time`, "2026-11-25 14:32:05" in
 * WIB as Midtrans writes it. Trusted only as a real time no earlier than our number was issued and no
 * later than `receivedAt` (a minute of clock skew either way); anything else (absent, malformed,
 * impossible) counts as paid when it arrived, which never honours more than today. The field is not
 * signed, but a notification is only applied once per transaction and only from the bank (a
 * replay is a duplicate), so it can move a payment no earlier than the number's own life.
 */
export function bankPaidAt(text: string | undefined, issuedAt: number, receivedAt: number): number {
  const m = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/.exec(text ?? '');
  if (!m || !isIsoDate(m[1]!)) return receivedAt;
  const at = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}+07:00`);
  if (at < issuedAt - SKEW_MS || at > receivedAt + SKEW_MS) return receivedAt;
  return Math.min(at, receivedAt);
}
