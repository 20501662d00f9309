import Link from 'next/link';
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
import { PayForm } from '@/components/sandbox-bank/pay-form';
import { payAsCustomer } from './actions';

export const dynamic = 'force-dynamic';

/** The sandbox bank: pay a VA or code as a customer would, and watch the notifications it sends. */
export default async function SandboxBankPage() {
  const { t } = await getI18n();
  const b = t.topup.bank;
  const log = deliveryLog();
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
      <section className="card grid gap-2 overflow-x-auto" aria-labelledby="delivery-log">
        <div className="flex items-center justify-between">
          <h2 id="delivery-log" className="text-lg font-semibold">
            {b.log}
          </h2>
          <Link href="/sandbox/bank" className="link text-sm" aria-label={b.refresh}>
            ↻ {b.refresh}
          </Link>
        </div>
        <table className="w-full min-w-[32rem] text-left text-sm">
          <thead>
            <tr>
              <th scope="col">{b.when}</th>
              <th scope="col">{b.bank}</th>
              <th scope="col">{b.amount}</th>
              <th scope="col">{b.attempts}</th>
              <th scope="col">{b.result}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((d) => (
              <tr key={d.id} className="border-t border-slate-100">
                <td>{time(d.createdAt)}</td>
                <td>
                  {d.bank} <span className="font-mono">{d.number}</span>
                </td>
                <td>{formatRupiah(d.amount)}</td>
                <td>
                  {d.attempts}/{MAX_ATTEMPTS}
                </td>
                <td data-testid="delivery-result">
                  {d.deliveredAt
                    ? `${b.delivered} (HTTP ${d.lastStatus})`
                    : d.nextAttemptAt
                      ? `${b.retrying} ${time(d.nextAttemptAt)}${d.lastStatus ? ` (HTTP ${d.lastStatus})` : ''}`
                      : b.gaveUp}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
