import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { SearchForm } from '@/components/search/search-form';
import { searchFormData } from '@/lib/search/page-data';

export const dynamic = 'force-dynamic';

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The search form, pre-filled when coming back from results to change the search. */
export default async function HomePage({ searchParams }: { searchParams: Search }) {
  const values = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { t } = await getI18n();
  const form = searchFormData();
  return (
    <div className="grid gap-6">
      <section aria-labelledby="home-heading" className="grid gap-2">
        <h1 id="home-heading" className="text-2xl font-bold text-kai-navy sm:text-3xl">{t.home.heading}</h1>
        <p className="text-slate-700">{t.home.lead}</p>
      </section>
      <SearchForm t={t} {...form} values={values} />
      <Link href="/kaipay" className="card flex items-center gap-4 hover:border-kai-navy" aria-label={t.home.kaipayTitle}>
        <span aria-hidden="true" className="grid size-12 shrink-0 place-items-center rounded-full bg-kai-orange text-lg font-bold text-white">K</span>
        <span>
          <span className="block font-semibold text-kai-navy">{t.home.kaipayTitle}</span>
          <span className="block text-sm text-slate-700">{t.home.kaipayBody}</span>
        </span>
      </Link>
    </div>
  );
}
