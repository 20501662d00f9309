import { SEAT_CLASSES } from '@/lib/network/classes';
import { TIMES_OF_DAY, type parseView } from '@/lib/search/sort-filter';
import type { Messages } from '@/lib/i18n';

type Props = { t: Messages; query: Record<string, string>; view: ReturnType<typeof parseView> };

/**
 * Sort and filter controls; a GET form that keeps the search in hidden fields. Folded into one
 * line that names the current choice, so on a 360 px phone the first train is on the first screen.
 */
export function ResultsToolbar({ t, query, view }: Props) {
  const r = t.booking.results;
  const select = 'input py-1.5';
  const sortLabel = {
    departure: r.sortDeparture,
    price: r.sortPrice,
    duration: r.sortDuration,
  }[view.sort];
  const current = [
    sortLabel,
    view.seatClass ? t.booking.classes[view.seatClass] : undefined,
    view.time ? r.times[view.time] : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <details
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
      data-testid="sort-filter"
    >
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-4 py-2 text-sm">
        <span>
          <span className="font-semibold">{r.sortFilter}</span>{' '}
          <span className="text-slate-700">· {current}</span>
        </span>
        <span aria-hidden="true">▾</span>
      </summary>
      <form
        method="get"
        action="/search"
        className="flex flex-wrap items-end gap-3 border-t border-slate-200 p-4"
      >
        {Object.entries(query).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <label className="grid gap-1 text-sm font-medium">
          {r.sort}
          <select name="sort" defaultValue={view.sort} className={select}>
            <option value="departure">{r.sortDeparture}</option>
            <option value="price">{r.sortPrice}</option>
            <option value="duration">{r.sortDuration}</option>
          </select>
        </label>
        <label className="grid gap-1 text-sm font-medium">
          {r.classFilter}
          <select name="class" defaultValue={view.seatClass ?? ''} className={select}>
            <option value="">{r.allClasses}</option>
            {SEAT_CLASSES.map((c) => (
              <option key={c} value={c}>
                {t.booking.classes[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm font-medium">
          {r.timeFilter}
          <select name="time" defaultValue={view.time ?? ''} className={select}>
            <option value="">{r.anyTime}</option>
            {TIMES_OF_DAY.map((time) => (
              <option key={time} value={time}>
                {r.times[time]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn-secondary">
          {r.apply}
        </button>
      </form>
    </details>
  );
}
