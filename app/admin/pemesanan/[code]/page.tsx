import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { adminBookingDetail } from '@/lib/admin/booking-detail';
import { formatWibDateTime } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import { ActionForm } from '@/components/admin/action-form';
import { CardSection } from '@/components/admin/card-section';
import { FormMessage } from '@/components/ui/form-message';
import { cancelBookingByAdmin } from '../actions';

type Params = Promise<{ code: string }>;
type Search = Promise<{ selesai?: string }>;

const cell = 'px-2 py-1';

/** One booking for an officer: passengers and seats, payments, ledger transfers, messages; cancel. */
export default async function AdminBookingPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  await requireAdmin();
  const { code } = await params;
  const b = await adminBookingDetail(code.toUpperCase());
  if (!b) notFound();
  const { t, locale } = await getI18n();
  const m = t.adminMoney;
  const k = m.bookings;
  const when = (ms: number) => formatWibDateTime(ms, locale);
  const open = b.status === 'paid' || b.status === 'awaiting_payment';
  const done = b.status === 'cancelled' && (await searchParams).selesai;
  const doneText = !done
    ? undefined
    : b.refund
      ? k.refunded(
          formatRupiah(b.refund.amount),
          b.refund.status === 'to_kaipay' ? k.toKaipay : k.toBank,
        )
      : k.released;
  return (
    <>
      <p>
        <Link href="/admin/pemesanan" className="link">
          ← {k.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-kai-navy">{k.detailTitle(b.code)}</h1>
      {doneText && <FormMessage tone="success">{doneText}</FormMessage>}
      <section
        className="card grid gap-2 text-sm sm:grid-cols-2"
        aria-label={k.detailTitle(b.code)}
      >
        <p>
          <span className="text-slate-600">{k.status}: </span>
          <strong data-testid="admin-booking-status">{m.status[b.status] ?? b.status}</strong>
        </p>
        <p>
          <span className="text-slate-600">{k.total}: </span>
          {formatRupiah(b.total)} ({b.adults} × {formatRupiah(b.fare)})
        </p>
        <p>
          <span className="text-slate-600">{k.train}: </span>
          {b.train} {b.trainNumber} · {b.serviceDate}
        </p>
        <p>
          <span className="text-slate-600">{k.route}: </span>
          {b.origin} → {b.destination} · {k.departs} {when(b.departsAt)}
        </p>
        <p>
          <span className="text-slate-600">{k.holder}: </span>
          {b.contactName} · {b.contactPhone}
        </p>
        <p>
          <span className="text-slate-600">{k.account}: </span>
          <Link href={`/admin/penumpang/${b.userId}`} className="link">
            {b.userName} ({b.userEmail})
          </Link>
        </p>
      </section>

      <CardSection id="booking-passengers" title={k.passengers}>
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {m.passengers.name}
              </th>
              <th scope="col" className={cell}>
                {k.idNumber}
              </th>
              <th scope="col" className={cell}>
                {k.seat}
              </th>
            </tr>
          </thead>
          <tbody>
            {b.passengers.map((p) => (
              <tr key={p.id} className="border-t border-slate-100">
                <td className={cell}>
                  {p.name} {p.type === 'infant' && `(${k.infant})`}
                </td>
                <td className={`${cell} font-mono`}>{p.idNumber}</td>
                <td className={cell}>{p.coach ? `${p.coach} / ${p.seat}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {b.tickets.length > 0 && (
          <p className="text-xs text-slate-600">
            {k.tickets}: {b.tickets.map((x) => `${x.number} (${x.status})`).join(', ')}
          </p>
        )}
      </CardSection>

      <CardSection id="booking-payments" title={k.payments}>
        {b.payments.length === 0 ? (
          <p className="text-sm">{k.none}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  {k.when}
                </th>
                <th scope="col" className={cell}>
                  {m.payments.bank}
                </th>
                <th scope="col" className={cell}>
                  {m.payments.transaction}
                </th>
                <th scope="col" className={cell}>
                  {k.amount}
                </th>
                <th scope="col" className={cell}>
                  {m.payments.outcome}
                </th>
              </tr>
            </thead>
            <tbody>
              {b.payments.map((p) => (
                <tr key={p.id} className="border-t border-slate-100">
                  <td className={cell}>{when(p.createdAt)}</td>
                  <td className={cell}>
                    {p.bank} {m.payments.kinds[p.kind] ?? p.kind} {p.number}
                  </td>
                  <td className={`${cell} font-mono text-xs break-all`}>{p.transactionId}</td>
                  <td className={cell}>{formatRupiah(p.amount)}</td>
                  <td className={cell}>
                    {p.status} {p.outcome && `· ${p.outcome}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </CardSection>

      <CardSection id="booking-transfers" title={k.transfers}>
        {b.transfers.length === 0 ? (
          <p className="text-sm">{k.none}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  {k.when}
                </th>
                <th scope="col" className={cell}>
                  {k.kind}
                </th>
                <th scope="col" className={cell}>
                  {k.reference}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {k.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {b.transfers.map((x) => (
                <tr key={x.id} className="border-t border-slate-100">
                  <td className={cell}>{when(x.createdAt)}</td>
                  <td className={cell}>{x.kind}</td>
                  <td className={`${cell} font-mono text-xs`}>{x.key}</td>
                  <td className={`${cell} text-right`}>{formatRupiah(x.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {b.refund && (
          <p className="text-sm" data-testid="admin-booking-refund">
            {k.refund}: {formatRupiah(b.refund.amount)} ·{' '}
            {b.refund.status === 'to_kaipay'
              ? k.toKaipay
              : b.refund.paidOutAt
                ? `${m.payments.paidOut} (${b.refund.bankReference})`
                : k.toBank}
          </p>
        )}
      </CardSection>

      <CardSection id="booking-messages" title={k.messages}>
        {b.messages.length === 0 ? (
          <p className="text-sm">{k.none}</p>
        ) : (
          <ul className="grid gap-2 text-sm">
            {b.messages.map((x) => (
              <li key={x.id} className="rounded-md bg-slate-50 p-2">
                <span className="block text-xs text-slate-600">
                  {when(x.createdAt)} · {x.channel}
                </span>
                {x.body}
              </li>
            ))}
          </ul>
        )}
      </CardSection>

      <section className="card grid gap-3" aria-labelledby="cancel-heading">
        <h2 id="cancel-heading" className="text-lg font-semibold">
          {k.cancelTitle}
        </h2>
        {open ? (
          <>
            <p className="text-sm">{b.status === 'paid' ? k.cancelLeadPaid : k.cancelLeadHold}</p>
            <ActionForm
              action={cancelBookingByAdmin}
              errors={{ ...t.admin.errors, ...m.errors }}
              submit={{ label: k.cancel, busy: k.cancelling, danger: true }}
              reauth={{
                label: t.admin.common.adminPassword,
                hint: t.admin.common.adminPasswordHint,
              }}
              fields={[
                { name: 'code', label: k.code, type: 'hidden', defaultValue: b.code },
                { name: 'reason', label: k.reason, type: 'textarea', rows: 2, required: true },
              ]}
            />
          </>
        ) : (
          <p className="text-sm">{k.cancelClosed}</p>
        )}
      </section>
    </>
  );
}
