import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { formatMinutes } from '@/lib/dates';
import { tripById } from '@/lib/admin/trips';
import { ActionForm } from '@/components/admin/action-form';
import { SegmentBars } from '@/components/admin/segment-bars';
import { cancelWholeTrip } from '../actions';

/** One trip: its load per segment and, while it runs, the cancellation form. */
export default async function TripPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { t } = await getI18n();
  const tr = t.admin.trips;
  const id = Number((await params).id);
  const trip = Number.isSafeInteger(id) && id > 0 ? await tripById(id) : null;
  if (!trip) notFound();
  return (
    <>
      <Link href={`/admin/perjalanan?date=${trip.serviceDate}`} className="link">
        ← {t.admin.common.back}
      </Link>
      <h1 className="text-2xl font-bold text-kai-navy">
        KA {trip.number} {trip.name} · {trip.serviceDate}
      </h1>
      <section className="card grid gap-2" aria-labelledby="trip-load">
        <p>
          <strong>{trip.status === 'cancelled' ? tr.cancelled : tr.scheduled}</strong> ·{' '}
          {tr.departs} {trip.departMinute === null ? '–' : formatMinutes(trip.departMinute)} ·{' '}
          {trip.route}
        </p>
        <p className="text-sm">
          {tr.paid}: {trip.paid} · {tr.held}: {trip.held}
        </p>
        <h2 id="trip-load" className="font-semibold">
          {tr.segments}
        </h2>
        <SegmentBars segments={trip.segments} capacity={trip.capacity} label={tr.segmentLabel} />
      </section>
      <section className="card grid gap-3 border-red-200" aria-labelledby="cancel-trip">
        <h2 id="cancel-trip" className="text-lg font-semibold text-red-800">
          {tr.cancelTitle}
        </h2>
        <p className="text-sm text-slate-700">{tr.cancelHint}</p>
        <ActionForm
          action={cancelWholeTrip}
          errors={t.admin.errors}
          submit={{ label: tr.cancel, busy: tr.cancelling, danger: true }}
          reauth={{ label: t.admin.common.adminPassword, hint: t.admin.common.adminPasswordHint }}
          fields={[
            { name: 'tripId', label: '', type: 'hidden', defaultValue: String(trip.id) },
            { name: 'reason', label: tr.reason, required: true, wide: true },
          ]}
        />
      </section>
    </>
  );
}
