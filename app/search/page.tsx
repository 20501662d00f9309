import Link from 'next/link';
import { getI18n, errorText } from '@/lib/i18n';
import { SearchForm, type SearchFormValues } from '@/components/search/search-form';
import { searchFormData } from '@/lib/search/page-data';
import { validateSearch } from '@/lib/search/search-query';
import { formatServiceDate } from '@/lib/dates';
import { DayStrip } from '@/components/search/day-strip';
import { FormMessage } from '@/components/ui/form-message';
import { SearchResultsList } from './results';

export const dynamic = 'force-dynamic';

type Params = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: Params }) {
  const { t, locale } = await getI18n();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const form = await searchFormData();
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
  const r = t.booking.results;
  // Another date or swapped stations keep everything else (passengers, sort, filters).
  const searchHref = (change: Record<string, string>) =>
    `/search?${new URLSearchParams({ ...(raw as Record<string, string>), ...change })}`;
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h1 className="text-xl font-bold text-kai-navy sm:text-2xl">
          {q.origin.name} ({q.origin.code}) → {q.destination.name} ({q.destination.code})
        </h1>
        <a
          href={searchHref({ from: q.destination.code, to: q.origin.code })}
          className="link text-sm"
          aria-label={t.search.swap}
          data-testid="swap-link"
        >
          <span aria-hidden="true">⇄ </span>
          {r.swap}
        </a>
      </div>
      <p className="text-sm text-slate-700">
        {formatServiceDate(q.date, locale)} · {q.adults} {t.search.adults}
        {q.infants > 0 ? ` · ${q.infants} ${t.search.infants}` : ''} ·{' '}
        <Link href={`/?${new URLSearchParams(raw as Record<string, string>)}`} className="link">
          {t.search.change}
        </Link>
      </p>
      <DayStrip
        date={q.date}
        today={form.today}
        lastDate={form.lastDate}
        locale={locale}
        hrefFor={(date) => searchHref({ date })}
        labels={{ otherDates: r.otherDates, prevDay: r.prevDay, nextDay: r.nextDayLink }}
      />
      <SearchResultsList query={q} raw={raw} stations={form.stations} />
    </div>
  );
}
