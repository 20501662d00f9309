import Link from 'next/link';
import { cookies } from 'next/headers';
import { getI18n } from '@/lib/i18n';
import { formatRupiah } from '@/lib/money';
import {
  CHANNELS,
  RETAIL_FORMATS,
  RETAIL_OUTLETS,
  VA_BANKS,
  VA_FORMATS,
} from '@/lib/payments/banks';
import { MAX_ATTEMPTS } from '@/lib/sandbox-bank/deliver';
import { deliveryLog } from '@/lib/sandbox-bank/queries';
import { PAYER_COOKIE, payerPayments } from '@/lib/sandbox-bank/payer';
import { PayForm } from '@/components/sandbox-bank/pay-form';
import { payAsCustomer } from './actions';

export const dynamic = 'force-dynamic';

/** The sandbox bank: pay a VA or code as a customer would, and watch the notifications it sends. */
export default async function SandboxBankPage() {
  const { t } = await getI18n();
  const b = t.topup.bank;
  const log = await deliveryLog(payerPayments((await cookies()).get(PAYER_COOKIE)?.value));
  const time = (ms: number) =>
    new Date(ms).toLocaleTimeString('id-ID', { timeZone: 'Asia/Jakarta' });
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{b.title}</h1>
      <p className="text-slate-700">{b.lead}</p>
      <div className="card">
        <PayForm
          action={payAsCustomer}
          errors={b.errors}
          channels={CHANNELS.map((c) => ({ value: c, label: b.channels[c] }))}
          banks={[
            ...VA_BANKS.map((v) => ({ value: v, label: VA_FORMATS[v].name })),
            ...RETAIL_OUTLETS.map((r) => ({ value: r, label: RETAIL_FORMATS[r].name })),
          ]}
          labels={{
            channel: b.channel,
            bank: b.bank,
            number: b.number,
            amount: b.amount,
            pay: b.pay,
            paying: b.paying,
            paid: b.paid('{tx}'),
          }}
        />
      </div>
      <section className="card grid gap-2" aria-labelledby="delivery-log">
        <div className="flex items-center justify-between gap-2">
          <h2 id="delivery-log" className="text-lg font-semibold">
            {b.log}
          </h2>
          <Link href="/sandbox/bank" className="link text-sm">
            ↻ {b.refresh}
          </Link>
        </div>
        <p className="text-sm text-slate-700">{b.logLead}</p>
        {log.length === 0 ? (
          <p className="text-sm text-slate-600">{b.logEmpty}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {log.map((d) => (
              <li key={d.id} className="grid gap-1 py-2 text-sm sm:grid-cols-[6rem_1fr_auto]">
                <span className="text-slate-700">{time(d.createdAt)}</span>
                <span>
                  {d.bank} <span className="font-mono break-all">{d.number}</span>
                </span>
                <span className="font-semibold sm:text-right">{formatRupiah(d.amount)}</span>
                <span className="sm:col-span-3" data-testid="delivery-result">
                  {d.state === 'delivered'
                    ? b.delivered
                    : d.state === 'sending'
                      ? b.sending
                      : d.state === 'retrying'
                        ? b.retryAt(time(d.at), d.attempt, MAX_ATTEMPTS)
                        : b.gaveUpAfter(d.attempts)}
                  {d.state !== 'delivered' && d.state !== 'sending' && d.httpStatus
                    ? ` (${b.answered(d.httpStatus)})`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
