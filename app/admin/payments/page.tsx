import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { formatRupiah } from '@/lib/money';
import { refundsToBank, returnedTopUps } from '@/lib/payments/queries';
import { topUpFee } from '@/lib/payments/fees';
import { openPaymentFlags } from '@/lib/payments/flags';
import { latestReconciliation } from '@/lib/payments/reconcile-store';
import { FormMessage } from '@/components/ui/form-message';
import { ReconciliationDifferences } from '@/components/payments/reconciliation-differences';
import { reconcileNow } from './actions';
import { PaymentFlags } from './payment-flags';
import { PaymentTabs } from './tabs';
import { formatWibStamp } from '@/lib/dates';

type Search = Promise<{ checked?: string; applied?: string; failed?: string }>;

/**
 * Money returned to banks (and why), the fee promo in force, notifications flagged for review,
 * and the latest two-way reconciliation (run on demand here, every 5 minutes in the background).
 */
export default async function AdminPaymentsPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t } = await getI18n();
  const a = t.topup.admin;
  const params = await searchParams;
  const rows = await returnedTopUps();
  const promo = await topUpFee('BCA');
  const owed = await refundsToBank();
  const flags = await openPaymentFlags();
  const run = await latestReconciliation();
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{a.title}</h1>
      <PaymentTabs t={t} current="/admin/payments" />
      {params.checked && (
        <FormMessage tone="success">
          {a.reconciled(Number(params.checked), Number(params.applied))}
        </FormMessage>
      )}
      {params.failed && <FormMessage tone="error">{a.failed}</FormMessage>}
      <section className="card grid gap-2">
        <h2 className="font-semibold">{a.promo}</h2>
        <p>{promo.promo ?? a.noPromo}</p>
        <form action={reconcileNow}>
          <button type="submit" className="btn-secondary">
            {a.reconcile}
          </button>
        </form>
      </section>
      <ReconciliationDifferences t={t} run={run} />
      <PaymentFlags t={t} flags={flags} />
      <section className="card grid gap-2 overflow-x-auto" aria-labelledby="returned-heading">
        <h2 id="returned-heading" className="font-semibold">
          {a.returned} ({rows.length})
        </h2>
        {rows.length === 0 ? (
          <p className="text-sm">{a.none}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">{a.when}</th>
                <th scope="col">{a.passenger}</th>
                <th scope="col">Bank</th>
                <th scope="col">{a.amount}</th>
                <th scope="col">{a.reason}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td>{formatWibStamp(r.createdAt)}</td>
                  <td>{r.email}</td>
                  <td>{r.bank}</td>
                  <td>{formatRupiah(r.grossAmount)}</td>
                  <td>{t.topup.reasons[r.outcome ?? ''] ?? r.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card grid gap-2 overflow-x-auto" aria-labelledby="owed-heading">
        <h2 id="owed-heading" className="font-semibold">
          {a.owed} ({owed.length})
        </h2>
        {owed.length === 0 ? (
          <p className="text-sm">{a.none}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">{a.when}</th>
                <th scope="col">{a.passenger}</th>
                <th scope="col">{a.paidWith}</th>
                <th scope="col">{a.amount}</th>
              </tr>
            </thead>
            <tbody>
              {owed.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td>{formatWibStamp(r.createdAt)}</td>
                  <td>{r.email}</td>
                  <td>{r.method ?? '—'}</td>
                  <td>{formatRupiah(r.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
