import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { reconciliationDays, reconciliationDifferencesOn } from '@/lib/admin/reconciliation';
import { formatWibDateTime, isIsoDate } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import { TableFrame } from '@/components/admin/data-table';
import { reconcileNow } from '../payments/actions';

type Search = Promise<{ day?: string }>;

/** The ledger invariants and the bank-versus-ledger report per day, with each day's differing rows. */
export default async function ReconciliationPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t, locale } = await getI18n();
  const r = t.adminMoney.reconciliation;
  const problems = await checkLedgerInvariants();
  const days = await reconciliationDays();
  const asked = (await searchParams).day;
  const day = asked && isIsoDate(asked) ? asked : days[0]?.day;
  const detail = day ? await reconciliationDifferencesOn(day) : { run: null, rows: [] };
  const money = (n: number | null) => (n === null ? '—' : formatRupiah(n));
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{r.title}</h1>
      <section className="card grid gap-2" aria-labelledby="invariants">
        <h2 id="invariants" className="text-lg font-semibold">
          {r.invariants}
        </h2>
        {problems.length === 0 ? (
          <p className="text-green-800" data-testid="invariants-ok">
            {r.invariantsOk}
          </p>
        ) : (
          <>
            <p className="text-red-700">{r.invariantsBad(problems.length)}</p>
            <ul className="list-disc pl-5 font-mono text-xs">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <form action={reconcileNow}>
        <button type="submit" className="btn-secondary">
          {r.runNow}
        </button>
      </form>
      <TableFrame caption={r.days}>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-2">
              {r.day}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {r.runs}
            </th>
            <th scope="col" className="px-2 py-2">
              {r.lastRun}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {r.checked}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {r.applied}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {r.differences}
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr
              key={d.day}
              className="border-t border-slate-100"
              aria-current={d.day === day ? 'true' : undefined}
            >
              <td className="px-2 py-2">
                <Link
                  href={`/admin/rekonsiliasi?day=${d.day}`}
                  className="link"
                  aria-label={r.showDay(d.day)}
                >
                  {d.day}
                </Link>
              </td>
              <td className="px-2 py-2 text-right">{d.runs}</td>
              <td className="px-2 py-2">{formatWibDateTime(d.lastRanAt, locale)}</td>
              <td className="px-2 py-2 text-right">{d.checked}</td>
              <td className="px-2 py-2 text-right">{d.applied}</td>
              <td
                className={`px-2 py-2 text-right ${d.differences ? 'font-bold text-red-700' : ''}`}
              >
                {d.differences}
              </td>
            </tr>
          ))}
          {days.length === 0 && (
            <tr>
              <td colSpan={6} className="px-2 py-3">
                {r.noRuns}
              </td>
            </tr>
          )}
        </tbody>
      </TableFrame>
      {day && (
        <section className="card grid gap-2 overflow-x-auto" aria-labelledby="day-differences">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="day-differences" className="text-lg font-semibold">
              {r.dayTitle(day)}
            </h2>
            <a href={`/admin/rekonsiliasi/export?day=${day}`} className="btn-secondary" download>
              {r.download}
            </a>
          </div>
          {detail.rows.length === 0 ? (
            <p className="text-sm">{r.noDifferences}</p>
          ) : (
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="px-2 py-1">
                    {t.adminMoney.payments.kind}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {t.adminMoney.payments.order}
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    {r.bankAmount}
                  </th>
                  <th scope="col" className="px-2 py-1 text-right">
                    {r.appAmount}
                  </th>
                </tr>
              </thead>
              <tbody>
                {detail.rows.map((d) => (
                  <tr key={d.id} className="border-t border-slate-100">
                    <td className="px-2 py-1">{r.kinds[d.kind] ?? d.kind}</td>
                    <td className="px-2 py-1 font-mono text-xs break-all">
                      {d.bank} · {d.orderId}
                      <br />
                      {d.transactionId}
                    </td>
                    <td className="px-2 py-1 text-right">{money(d.bankAmount)}</td>
                    <td className="px-2 py-1 text-right">{money(d.appAmount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
