import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

/** "Cara Isi Saldo": the methods from the app; the VA numbers themselves arrive with the top-up issue. */
export default async function TopUpPage() {
  await requireUser('/kaipay/isi-saldo');
  const { t } = await getI18n();
  const p = t.kaipay.topUpPage;
  return (
    <div className="mx-auto grid max-w-xl gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{p.title}</h1>
      <section className="card grid gap-3">
        <p>{p.lead}</p>
        <ul className="grid gap-2">
          {p.methods.map((m) => <li key={m} className="rounded-md border border-slate-200 px-3 py-2">{m}</li>)}
        </ul>
        <p className="text-sm text-slate-700">{p.soon}</p>
        <p className="text-sm font-medium text-emerald-800">{p.fee}</p>
      </section>
      <Link href="/kaipay" className="link">{t.kaipay.back}</Link>
    </div>
  );
}
