import type { Messages } from '@/lib/i18n';
import type { PaymentFlag } from '@/lib/payments/flags';
import { formatWibStamp } from '@/lib/dates';

/** Open payment flags: bank notifications that moved no money but need a person. */
export function PaymentFlags({ t, flags }: { t: Messages; flags: PaymentFlag[] }) {
  const a = t.topup.admin;
  return (
    <section className="card grid gap-2 overflow-x-auto" aria-labelledby="flags-heading">
      <h2 id="flags-heading" className="font-semibold">
        {a.flags} ({flags.length})
      </h2>
      {flags.length === 0 ? (
        <p className="text-sm">{a.none}</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="payment-flags">
          <thead>
            <tr>
              <th scope="col">{a.when}</th>
              <th scope="col">{a.kind}</th>
              <th scope="col">{a.bankStatus}</th>
              <th scope="col">{a.order}</th>
            </tr>
          </thead>
          <tbody>
            {flags.map((f) => (
              <tr key={f.id} className="border-t border-slate-100">
                <td>{formatWibStamp(f.createdAt)}</td>
                <td>{a.flagKinds[f.kind] ?? f.kind}</td>
                <td>{f.transactionStatus}</td>
                <td className="font-mono text-xs break-all">
                  {f.orderId}
                  <br />
                  {a.transaction}: {f.transactionId}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
