import { formatDuration } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';
import type { Connection } from '@/lib/search/trains';
import { TrainCard } from './train-card';

type Props = {
  connection: Connection;
  t: Messages;
  locale: 'id' | 'en';
  adults: number;
  infants: number;
  stationName: (code: string) => string;
};

/** A two-train journey: each leg is booked on its own, the change is shown between them. */
export function ConnectionCard({ connection: c, t, locale, adults, infants, stationName }: Props) {
  const r = t.booking.results;
  return (
    <li className="grid gap-2 rounded-xl border-2 border-dashed border-kai-navy/40 p-3">
      <p className="font-semibold">
        {formatDuration(c.totalMinutes, locale)} · {r.from} {formatRupiah(c.lowestPrice)}
      </p>
      <p className="text-sm text-slate-700">{r.leg(1)}</p>
      <TrainCard
        option={c.first}
        t={t}
        locale={locale}
        adults={adults}
        infants={infants}
        stationName={stationName}
      />
      <p className="text-sm font-medium text-kai-orange">
        {r.transitAt(
          stationName(c.first.destinationCode),
          formatDuration(c.transitMinutes, locale),
        )}
      </p>
      <p className="text-sm text-slate-700">{r.leg(2)}</p>
      <TrainCard
        option={c.second}
        t={t}
        locale={locale}
        adults={adults}
        infants={infants}
        stationName={stationName}
      />
    </li>
  );
}
