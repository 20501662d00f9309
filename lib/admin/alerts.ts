import 'server-only';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { now } from '@/lib/clock';

/** Something on the overview that needs a person, with how many and where to act on it. */
export type Alert = {
  kind:
    | 'reconciliation_differences'
    | 'payment_flags'
    | 'notifications_rejected'
    | 'topups_stuck'
    | 'refunds_owed';
  count: number;
  /** Rupiah involved, when it is money. */
  amount?: number;
  href: string;
};

const one = async (q: ReturnType<typeof sql>) =>
  (await row<{ n: number; amount: number | null }>(q)) ?? { n: 0, amount: null };

/** Differences found by the latest two-way reconciliation run with the bank's report. */
export async function reconciliationDifferences(): Promise<Alert> {
  const r = await one(sql`select count(*) as n from payment_reconciliation_differences
    where run_id = (select max(id) from payment_reconciliations)`);
  return { kind: 'reconciliation_differences', count: r.n, href: '/admin/payments' };
}

/** Bank notifications flagged for a person (a second payment, a status after the final one). */
export async function openPaymentFlags(): Promise<Alert> {
  const r = await one(sql`select count(*) as n from payment_flags where resolved_at is null`);
  return { kind: 'payment_flags', count: r.n, href: '/admin/payments' };
}

/** Notifications in the last 7 days that matched nothing or contradicted the order (logged, not applied). */
export async function rejectedNotifications(): Promise<Alert> {
  const since = now() - 7 * 86_400_000;
  const r = await one(sql`select count(*) as n from payment_notifications
    where received_at >= ${since} and result in ('unknown_account', 'inconsistent')`);
  return { kind: 'notifications_rejected', count: r.n, href: '/admin/payments' };
}

/** Bank payments still pending an hour after they began: a settlement that never arrived. */
export async function stuckTopUps(): Promise<Alert> {
  const r = await one(sql`select count(*) as n, sum(gross_amount) as amount from bank_payments
    where status = 'pending' and created_at < ${now() - 3_600_000}`);
  return { kind: 'topups_stuck', count: r.n, amount: r.amount ?? 0, href: '/admin/payments' };
}

/** Refunds waiting to be paid out to the bank account that paid (no payout recorded yet). */
export async function refundsOwedToBanks(): Promise<Alert> {
  const r = await one(sql`select count(*) as n, sum(r.amount) as amount from booking_refunds r
    where r.status = 'to_bank' and not exists (select 1 from refund_payouts p where p.refund_id = r.id)`);
  return { kind: 'refunds_owed', count: r.n, amount: r.amount ?? 0, href: '/admin/payments' };
}

/** Every alert with something in it, for the overview. */
export async function overviewAlerts(): Promise<Alert[]> {
  const alerts = await Promise.all([
    reconciliationDifferences(),
    openPaymentFlags(),
    rejectedNotifications(),
    stuckTopUps(),
    refundsOwedToBanks(),
  ]);
  return alerts.filter((a) => a.count > 0);
}
