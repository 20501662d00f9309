import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { now } from '@/lib/clock';
import { addDays, formatMinutes, isIsoDate, wibDate } from '@/lib/dates';
import { tripsOfDay } from '@/lib/admin/trips';
import { ActionForm } from '@/components/admin/action-form';
import { FilterField } from '@/components/admin/data-table';
import { SegmentStrip } from '@/components/admin/segment-strip';
import { createTrips } from './actions';

type Search = Promise<{ date?: string; train?: string }>;

/** The day's trips per train with seats sold per segment; a trip's page cancels it. */
export default async function TripsPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { t } = await getI18n();
  const tr = t.admin.trips;
  const params = await searchParams;
  const today = wibDate(now());
  const date = params.date && isIsoDate(params.date) ? params.date : today;
  const train = params.train?.trim().slice(0, 40) || undefined;
  const trips = await tripsOfDay(date, train);
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{tr.title}</h1>
      <form method="get" action="/admin/perjalanan" className="card grid gap-3" role="search">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <FilterField name="date" label={tr.date} type="date" value={date} />
          <FilterField name="train" label={tr.train} value={train} />
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn-primary">
            {t.admin.table.filter}
          </button>
          <Link
            href={`/admin/perjalanan?date=${addDays(date, -1)}${train ? `&train=${encodeURIComponent(train)}` : ''}`}
            className="btn-secondary"
          >
            ← {addDays(date, -1)}
          </Link>
          <Link
            href={`/admin/perjalanan?date=${addDays(date, 1)}${train ? `&train=${encodeURIComponent(train)}` : ''}`}
            className="btn-secondary"
          >
            {addDays(date, 1)} →
          </Link>
        </div>
      </form>
      {trips.length === 0 ? (
        <p className="card">{tr.none}</p>
      ) : (
        <ul className="grid items-start gap-3 md:grid-cols-2">
          {trips.map((trip) => (
            <li key={trip.id} className="card grid gap-2">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold text-kai-navy">
                  <Link href={`/admin/perjalanan/${trip.id}`} className="link">
                    KA {trip.number} {trip.name}
                  </Link>
                </h2>
                <span
                  className={
                    trip.status === 'cancelled'
                      ? 'rounded bg-red-100 px-2 text-sm font-semibold text-red-800'
                      : 'rounded bg-emerald-100 px-2 text-sm text-emerald-900'
                  }
                >
                  {trip.status === 'cancelled' ? tr.cancelled : tr.scheduled}
                </span>
              </div>
              <p className="text-sm text-slate-700">
                {tr.departs} {trip.departMinute === null ? '–' : formatMinutes(trip.departMinute)} ·{' '}
                {trip.route}
              </p>
              <p className="text-sm">
                {tr.paid}: {trip.paid} · {tr.held}: {trip.held}
              </p>
              <SegmentStrip
                segments={trip.segments}
                capacity={trip.capacity}
                label={tr.segmentLabel}
                caption={tr.segments}
              />
            </li>
          ))}
        </ul>
      )}
      <section className="card grid gap-3" aria-labelledby="generate-trips">
        <h2 id="generate-trips" className="text-lg font-semibold">
          {tr.generate}
        </h2>
        <p className="text-sm text-slate-700">{tr.generateHint}</p>
        <ActionForm
          action={createTrips}
          errors={t.admin.errors}
          columns={3}
          submit={{ label: tr.generate, busy: t.admin.common.saving }}
          fields={[
            { name: 'from', label: tr.from, type: 'date', defaultValue: today, required: true },
            {
              name: 'to',
              label: tr.to,
              type: 'date',
              defaultValue: addDays(today, 45),
              required: true,
            },
            { name: 'trainNumber', label: tr.trainNumber, inputMode: 'numeric' },
          ]}
        />
      </section>
    </>
  );
}
