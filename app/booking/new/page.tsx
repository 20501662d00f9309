import Link from 'next/link';
import { getI18n, errorText } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { contactOf } from '@/lib/auth/accounts';
import { journeyDraft, DraftParamsSchema } from '@/lib/booking/draft';
import { BookingForm } from '@/components/booking/booking-form';
import { TripSummary } from '@/components/booking/trip-summary';
import { FormMessage } from '@/components/ui/form-message';
import { ProgressSteps } from '@/components/booking/progress-steps';
import { holdBooking } from '../actions';

export const dynamic = 'force-dynamic';

type Params = Promise<Record<string, string | undefined>>;

export default async function NewBookingPage({ searchParams }: { searchParams: Params }) {
  const raw = await searchParams;
  const user = await requireUser(
    `/booking/new?${new URLSearchParams(raw as Record<string, string>)}`,
  );
  const { t, locale } = await getI18n();
  const errors = { ...t.errors, ...t.booking.errors, checkForm: t.booking.book.checkForm };
  const params = DraftParamsSchema.safeParse(raw);
  const journey = params.success
    ? await journeyDraft(params.data)
    : ({ ok: false, code: 'trip_unavailable' } as const);
  if (!journey.ok) {
    return (
      <div className="grid justify-items-start gap-4">
        <h1 className="text-2xl font-bold text-kai-navy">{t.booking.book.title}</h1>
        <FormMessage tone="error">{errorText({ ...t, errors }, journey.code)}</FormMessage>
        <Link href="/" className="link">
          {t.search.title}
        </Link>
      </div>
    );
  }
  const b = t.booking.book;
  const seatClass = params.data!.class;
  // A connection books both trains in one form: the second train's fields end in 2.
  const [draft, second] = [journey.legs[0]!, journey.legs[1]];
  const takenKey = (d: typeof draft) => d.coaches.map((c) => `${c.id}:${c.taken.length}`).join(',');
  const legLine = (d: typeof draft, leg: number, cls: string) => ({
    ...d.trip,
    leg,
    seatClass: cls,
    subClass: d.coaches[0]!.subClass,
    fare: d.fare,
  });
  return (
    <div className="grid gap-4">
      <ProgressSteps t={t} current={1} />
      <h1 className="text-2xl font-bold text-kai-navy">{b.title}</h1>
      <BookingForm
        action={holdBooking}
        errors={errors}
        contact={(await contactOf(user.id))!}
        hidden={{
          tripId: String(draft.trip.tripId),
          origin: draft.trip.originCode,
          destination: draft.trip.destinationCode,
          seatClass,
          adults: String(draft.adults),
          infants: String(draft.infants),
          ...(second && {
            tripId2: String(second.trip.tripId),
            origin2: second.trip.originCode,
            destination2: second.trip.destinationCode,
            seatClass2: params.data!.class2!,
          }),
        }}
        seatPicker={{ key: takenKey(draft), coaches: draft.coaches, initial: draft.suggested }}
        seatPicker2={
          second && {
            key: takenKey(second),
            coaches: second.coaches,
            initial: second.suggested,
            title: b.seatsLeg(2, second.trip.trainName),
            firstTitle: b.seatsLeg(1, draft.trip.trainName),
          }
        }
        summary={
          <TripSummary
            t={t}
            locale={locale}
            trip={{
              ...draft.trip,
              legs: second
                ? [legLine(draft, 1, seatClass), legLine(second, 2, params.data!.class2!)]
                : undefined,
            }}
            seatClass={seatClass}
            subClass={draft.coaches[0]!.subClass}
            fare={draft.fare + (second?.fare ?? 0)}
            adults={draft.adults}
            infants={draft.infants}
          />
        }
        labels={{
          passengers: b.passengers,
          adults: Array.from({ length: draft.adults }, (_, i) => b.adult(i + 1)),
          infants: Array.from({ length: draft.infants }, (_, i) => b.infant(i + 1)),
          name: b.name,
          idType: b.idType,
          nik: b.nik,
          passport: b.passport,
          idNumber: b.idNumber,
          infantNik: b.infantNik,
          contact: b.contact,
          contactName: b.contactName,
          contactEmail: b.contactEmail,
          contactPhone: b.contactPhone,
          submit: b.submit,
          busy: b.busy,
          seats: {
            title: b.seats,
            hint: b.seatsHint,
            coach: b.coach,
            seatFor: b.seatFor,
            free: b.free,
            taken: b.taken,
            selected: b.selected,
            seat: b.seat,
            freeCount: b.freeCount(0).replace('0', '{n}'),
          },
        }}
      />
    </div>
  );
}
