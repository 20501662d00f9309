import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { refundsOwed } from '@/lib/admin/payouts';
import { formatWibDateTime } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import { PAYMENT_BANKS } from '@/db/schema';
import { ActionForm } from '@/components/admin/action-form';
import { PaymentTabs } from '../tabs';
import { markRefundPaid } from '../actions';

const PATH = '/admin/payments/refund';

/** Refunds owed to banks: the ones waiting get a "paid out" step recording the bank reference. */
export default async function RefundsOwedPage() {
  await requireAdmin();
  const { t, locale } = await getI18n();
  const a = t.adminMoney.payments;
  const rows = await refundsOwed();
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{a.tabs.refunds}</h1>
      <PaymentTabs t={t} current={PATH} />
      <p className="text-sm text-slate-700">{a.refundsLead}</p>
      <ol className="grid gap-3" aria-label={a.tabs.refunds}>
        {rows.map((r) => (
          <li key={r.id} className="card grid gap-2 text-sm" aria-labelledby={`refund-${r.id}`}>
            <h2 id={`refund-${r.id}`} className="font-semibold">
              {a.booking}{' '}
              <Link href={`/admin/pemesanan/${r.code}`} className="link font-mono">
                {r.code}
              </Link>{' '}
              · {formatRupiah(r.amount)}
            </h2>
            <p>
              {r.email} · {formatWibDateTime(r.createdAt, locale)} · {r.method ?? '—'}
              {r.paidBank && ` (${r.paidBank})`}
            </p>
            {r.paidOutAt ? (
              <p className="text-green-800">
                {a.paidOut}: {formatWibDateTime(r.paidOutAt, locale)} · {a.bankReference}{' '}
                {r.bankReference}
              </p>
            ) : (
              <ActionForm
                action={markRefundPaid}
                errors={{ ...t.admin.errors, ...t.adminMoney.errors }}
                columns={2}
                submit={{ label: a.markPaid, busy: t.adminMoney.passengers.working }}
                reauth={{
                  label: t.admin.common.adminPassword,
                  hint: t.admin.common.adminPasswordHint,
                }}
                fields={[
                  { name: 'refundId', label: 'id', type: 'hidden', defaultValue: String(r.id) },
                  {
                    name: 'bank',
                    label: a.payoutBank,
                    type: 'select',
                    defaultValue: r.paidBank ?? 'BCA',
                    options: PAYMENT_BANKS.map((b) => ({ value: b, label: b })),
                  },
                  { name: 'bankReference', label: a.bankReference, required: true },
                ]}
              />
            )}
          </li>
        ))}
        {rows.length === 0 && <li className="card">{t.admin.table.empty}</li>}
      </ol>
    </>
  );
}
