import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { pendingKyc } from '@/lib/kaipay/kyc-review';
import { checkLedgerInvariants } from '@/lib/ledger/invariants';
import { latestReconciliation } from '@/lib/payments/reconcile-store';
import { FormMessage } from '@/components/ui/form-message';
import { decidePremium } from './actions';
import { sentence } from '@/lib/i18n/lookup';
import { formatWibStamp } from '@/lib/dates';

type Search = Promise<{ decided?: string; error?: string }>;

export default async function AdminKaipayPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t } = await getI18n();
  const a = t.kaipay.admin;
  const errors = { ...t.errors, ...t.kaipay.errors } as Record<string, string>;
  const params = await searchParams;
  const queue = await pendingKyc();
  const problems = await checkLedgerInvariants();
  // The ledger can balance while holding credits the bank never settled: show the bank side too.
  const bankRun = await latestReconciliation();
  const bankDifferences = bankRun?.differences.length ?? 0;
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{a.title}</h1>
      {params.decided && <FormMessage tone="success">{a.decided}</FormMessage>}
      {params.error && <FormMessage tone="error">{sentence(errors, params.error)}</FormMessage>}
      <section className="grid gap-3" aria-labelledby="queue-heading">
        <h2 id="queue-heading" className="text-lg font-semibold">
          {a.queue} ({queue.length})
        </h2>
        {queue.length === 0 && <p className="card">{a.empty}</p>}
        {queue.map((r) => (
          <article key={r.id} className="card grid gap-3" aria-label={`${a.passenger}: ${r.name}`}>
            <dl className="grid gap-1 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-slate-600">{a.passenger}</dt>
                <dd className="font-medium">
                  {r.name} · {r.email}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{a.walletName}</dt>
                <dd>{r.walletName}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{a.idNumber}</dt>
                <dd className="font-mono">{r.idNumber}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{a.submittedAt}</dt>
                <dd>{formatWibStamp(r.createdAt)} WIB</dd>
              </div>
            </dl>
            <div className="grid grid-cols-2 gap-3">
              {(['id', 'selfie'] as const).map((kind) => (
                // eslint-disable-next-line @next/next/no-img-element -- served by an admin-only route handler, not a static asset next/image could optimise
                <img
                  key={kind}
                  src={`/api/admin/kaipay/kyc/${r.id}/${kind}`}
                  alt={`${kind === 'id' ? a.idPhoto : a.selfie}: ${r.name}`}
                  className="aspect-[4/3] w-full rounded-md border object-contain"
                />
              ))}
            </div>
            <div className="flex flex-wrap items-end gap-3">
              <form action={decidePremium}>
                <input type="hidden" name="requestId" value={r.id} />
                <button type="submit" name="decision" value="approve" className="btn-primary">
                  {a.approve}
                </button>
              </form>
              <form action={decidePremium} className="flex flex-1 flex-wrap items-end gap-2">
                <input type="hidden" name="requestId" value={r.id} />
                <div className="grid min-w-48 flex-1 gap-1">
                  <label htmlFor={`reason-${r.id}`} className="text-sm font-medium">
                    {a.reason}
                  </label>
                  <input id={`reason-${r.id}`} name="reason" className="input" maxLength={300} />
                </div>
                <button type="submit" name="decision" value="reject" className="btn-secondary">
                  {a.reject}
                </button>
              </form>
            </div>
          </article>
        ))}
      </section>
      <section className="card grid gap-2" aria-labelledby="recon-heading">
        <h2 id="recon-heading" className="text-lg font-semibold">
          {a.reconciliation}
        </h2>
        {problems.length === 0 ? (
          <p className="text-emerald-800">{a.allGood}</p>
        ) : (
          <>
            <p className="text-red-800">{a.problems(problems.length)}</p>
            <ul className="list-disc pl-5 font-mono text-sm">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
        <p className={bankDifferences ? 'text-red-800' : 'text-sm'}>
          {!bankRun
            ? t.topup.admin.noRun
            : bankDifferences
              ? t.topup.admin.differenceCount(bankDifferences)
              : t.topup.admin.noDifferences}{' '}
          <Link className="link" href="/admin/payments">
            {t.topup.admin.seePayments}
          </Link>
        </p>
      </section>
    </>
  );
}
