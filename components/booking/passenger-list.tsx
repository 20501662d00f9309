import type { Messages } from '@/lib/i18n';

type Passenger = {
  position: number;
  type: 'adult' | 'infant';
  name: string;
  idType: 'nik' | 'passport';
  idNumber: string;
  coach: string | null;
  seatLabel: string | null;
  /** The seat on a connection's second train. */
  seat2?: { coach: string; seatLabel: string } | null;
};

/** Passengers with their seats; ID numbers are partly masked, as on a printed ticket. */
export function PassengerList({ t, passengers }: { t: Messages; passengers: Passenger[] }) {
  const b = t.booking;
  return (
    <section className="card grid gap-2" aria-labelledby="passengers-heading">
      <h2 id="passengers-heading" className="text-lg font-semibold">
        {b.book.passengers}
      </h2>
      <ol className="grid gap-2">
        {passengers.map((p) => (
          <li
            key={p.position}
            className="flex flex-wrap justify-between gap-2 border-b border-slate-100 pb-2 last:border-0"
          >
            <span>
              <strong>{p.name}</strong>{' '}
              <span className="text-sm text-slate-600">
                ({p.idType === 'nik' ? b.book.nik : b.book.passport} {p.idNumber.slice(0, 4)}••••
                {p.idNumber.slice(-2)})
              </span>
            </span>
            <span className="text-sm">
              {p.seat2 && `${t.booking.results.leg(1)}: `}
              {p.coach && p.seatLabel
                ? b.booking.passengerSeat(p.coach, p.seatLabel)
                : b.booking.lap}
              {p.seat2 && (
                <>
                  <br />
                  {t.booking.results.leg(2)}:{' '}
                  {b.booking.passengerSeat(p.seat2.coach, p.seat2.seatLabel)}
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
