import type { Messages } from '@/lib/i18n';
import type { ReconciliationRun } from '@/lib/payments/reconcile-store';
import { formatRupiah } from '@/lib/money';

const DATE = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta',
  dateStyle: 'medium',
  timeStyle: 'short',
});
const rupiah = (n: number | null) => (n === null ? '—' : formatRupiah(n));
const when = (n: number | null) => (n === null ? '—' : DATE.format(n));

/** The latest two-way reconciliation: when it ran and each difference with the bank's report. */
export function ReconciliationDifferences({
  t,
  run,
}: {
  t: Messages;
  run: ReconciliationRun | null;
}) {
  const a = t.topup.admin;
  return (
    <section className="card grid gap-2 overflow-x-auto" aria-labelledby="differences-heading">
      <h2 id="differences-heading" className="font-semibold">
        {a.differences} ({run?.differences.length ?? 0})
      </h2>
      {!run ? (
        <p className="text-sm">{a.noRun}</p>
      ) : (
        <>
          <p className="text-sm">{a.lastRun(DATE.format(run.ranAt), run.checked)}</p>
          {run.differences.length === 0 ? (
            <p className="text-sm text-emerald-800">{a.noDifferences}</p>
          ) : (
            <table className="w-full text-left text-sm" data-testid="reconciliation-differences">
              <thead>
                <tr>
                  <th scope="col">{a.kind}</th>
                  <th scope="col">{a.order}</th>
                  <th scope="col">{a.bankAmount}</th>
                  <th scope="col">{a.appAmount}</th>
                  <th scope="col">{a.when}</th>
                </tr>
              </thead>
              <tbody>
                {run.differences.map((d) => (
                  <tr key={`${d.kind}-${d.transactionId}`} className="border-t border-slate-100">
                    <td className="text-red-800">{a.differenceKinds[d.kind] ?? d.kind}</td>
                    <td className="font-mono text-xs break-all">
                      {d.orderId}
                      <br />
                      {a.transaction}: {d.transactionId}
                    </td>
                    <td>{rupiah(d.bankAmount)}</td>
                    <td>{rupiah(d.appAmount)}</td>
                    <td>{when(d.bankAt ?? d.appAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
