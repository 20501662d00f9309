import Link from 'next/link';
import { getI18n, errorText } from '@/lib/i18n';
import { SearchForm, type SearchFormValues } from '@/components/search/search-form';
import { searchFormData } from '@/lib/search/page-data';
import { validateSearch } from '@/lib/search/search-query';
import { formatServiceDate } from '@/lib/dates';
import { FormMessage } from '@/components/ui/form-message';
import { SearchResultsList } from './results';

export const dynamic = 'force-dynamic';

type Params = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: Params }) {
  const { t, locale } = await getI18n();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const form = searchFormData();
  const result = validateSearch(raw, form.stations, form.today);
  const values = raw as SearchFormValues;
  if (!result.ok) {
    const errors = Object.fromEntries(
      Object.entries(result.fieldErrors).map(([f, codes]) => [
        f,
        codes!.map((c) => errorText(t, c)),
      ]),
    );
    return (
      <div className="grid gap-4">
        <h1 className="text-2xl font-bold text-kai-navy">{t.search.title}</h1>
        <FormMessage tone="error">{t.search.errorsTitle}</FormMessage>
        <SearchForm t={t} {...form} values={values} errors={errors} />
      </div>
    );
  }
  const q = result.query;
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">
        {q.origin.name} ({q.origin.code}) → {q.destination.name} ({q.destination.code})
      </h1>
      <p className="text-slate-700">
        {formatServiceDate(q.date, locale)} · {q.adults} {t.search.adults}
        {q.infants > 0 ? ` · ${q.infants} ${t.search.infants}` : ''}
      </p>
      <Link
        href={`/?${new URLSearchParams(raw as Record<string, string>)}`}
        className="btn-secondary justify-self-start"
      >
        {t.search.change}
      </Link>
      <SearchResultsList query={q} raw={raw} stations={form.stations} />
    </div>
  );
}
