import { Field } from '@/components/ui/field';
import { stationLabel, type StationRef } from '@/lib/search/station-match';
import type { Messages } from '@/lib/i18n';
import { SwapStations } from './swap-stations';

export type SearchFormValues = {
  from?: string;
  to?: string;
  date?: string;
  adults?: string;
  infants?: string;
};

type Props = {
  t: Messages;
  stations: StationRef[];
  today: string;
  lastDate: string;
  values?: SearchFormValues;
  /** Translated errors per field. */
  errors?: Partial<Record<keyof SearchFormValues, string[]>>;
};

/**
 * The search form. It is a plain GET form to /search, so results have a shareable URL and it works
 * before JavaScript loads; the station pickers use a datalist that matches code, name or city.
 */
export function SearchForm({ t, stations, today, lastDate, values = {}, errors = {} }: Props) {
  return (
    <form
      action="/search"
      method="get"
      className="card grid gap-4 sm:grid-cols-2"
      aria-label={t.search.title}
      noValidate
    >
      <datalist id="station-options">
        {stations.map((s) => (
          <option key={s.code} value={stationLabel(s)} />
        ))}
      </datalist>
      <div className="grid gap-2 sm:col-span-2 sm:grid-cols-[1fr_auto_1fr] sm:items-start sm:gap-3">
        <Field
          name="from"
          label={t.search.origin}
          list="station-options"
          autoComplete="off"
          required
          hint={t.search.stationHint}
          defaultValue={values.from}
          errors={errors.from}
          id="search-from"
        />
        <div className="-my-3 justify-self-end sm:my-0 sm:mt-6 sm:justify-self-center">
          <SwapStations fromId="search-from" toId="search-to" label={t.search.swap} />
        </div>
        <Field
          name="to"
          label={t.search.destination}
          list="station-options"
          autoComplete="off"
          required
          hint={t.search.stationHint}
          defaultValue={values.to}
          errors={errors.to}
          id="search-to"
        />
      </div>
      <Field
        name="date"
        type="date"
        label={t.search.date}
        min={today}
        max={lastDate}
        required
        hint={t.search.dateHint}
        defaultValue={values.date ?? today}
        errors={errors.date}
        id="search-date"
      />
      <div className="grid grid-cols-2 gap-3">
        <Field
          name="adults"
          type="number"
          inputMode="numeric"
          min={1}
          max={4}
          label={t.search.adults}
          defaultValue={values.adults ?? '1'}
          errors={errors.adults}
          id="search-adults"
        />
        <Field
          name="infants"
          type="number"
          inputMode="numeric"
          min={0}
          max={4}
          label={t.search.infants}
          defaultValue={values.infants ?? '0'}
          errors={errors.infants}
          id="search-infants"
        />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className="btn-primary w-full sm:w-auto">
          {t.search.submit}
        </button>
      </div>
    </form>
  );
}
