import type { Messages } from '@/lib/i18n';
import type { TicketView } from '@/lib/booking/e-tickets';

type Trip = {
  trainName: string;
  trainNumber: string;
  originName: string;
  originCode: string;
  destinationName: string;
  destinationCode: string;
  seatClass: string;
  subClass: string;
};
type Props = {
  t: Messages;
  ticket: TicketView;
  /** The boarding pass: its signed payload and QR (server-drawn SVG). Without it the card is a booking reference. */
  pass?: { payload: string; qr: string } | { revoked: true };
  bookingCode: string;
  trip: Trip;
  date: string;
  departs: string;
  arrives: string;
};

/**
 * One passenger's e-ticket: train, coach and seat, stations and times; on the e-boarding pass also
 * the signed QR. Before boarding opens it carries only the booking code, marked as not a boarding
 * ticket, so nothing on it (or its print) can be saved and shown at a gate after a cancellation.
 */
export function TicketCard({ t, ticket, pass, bookingCode, trip, date, departs, arrives }: Props) {
  const k = t.checkout.tickets;
  return (
    <article
      className="card grid gap-3 break-inside-avoid sm:grid-cols-[auto_1fr]"
      aria-label={`${k.ticket} ${ticket.number}`}
      data-testid="e-ticket"
    >
      {pass && 'qr' in pass ? (
        // The SVG comes from the qrcode library fed with our own signed payload: no user markup inside.
        <div
          role="img"
          aria-label={k.qr(ticket.number)}
          className="size-44 justify-self-center bg-white [&>svg]:size-full"
          data-testid="ticket-qr"
          data-payload={pass.payload}
          dangerouslySetInnerHTML={{ __html: pass.qr }}
        />
      ) : pass ? (
        <p
          className="grid size-44 place-content-center justify-self-center border-2 border-red-700 p-3 text-center font-semibold text-red-800"
          data-testid="ticket-revoked"
        >
          {k.revokedPass}
        </p>
      ) : (
        <div
          className="grid size-44 place-content-center justify-self-center gap-1 border-2 border-dashed border-slate-400 p-3 text-center"
          data-testid="ticket-reference"
        >
          <span className="text-xs text-slate-700">{k.bookingCode}</span>
          <span className="font-mono text-lg font-bold">{bookingCode}</span>
          <span className="text-sm font-semibold uppercase text-red-800">{k.notBoarding}</span>
        </div>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt>{k.number}</dt>
        <dd className="font-mono font-semibold">{ticket.number}</dd>
        <dt>{k.passenger}</dt>
        <dd className="font-semibold">{ticket.name}</dd>
        <dt>{k.train}</dt>
        <dd>
          {trip.trainName} ({trip.trainNumber}) ·{' '}
          {t.booking.classes[trip.seatClass as keyof Messages['booking']['classes']]} (
          {trip.subClass})
        </dd>
        <dt>{k.seat}</dt>
        <dd data-testid="ticket-seat">
          {ticket.coach && ticket.seatLabel
            ? t.booking.booking.passengerSeat(ticket.coach, ticket.seatLabel)
            : k.lap}
        </dd>
        <dt>{k.departs}</dt>
        <dd>
          {date} {departs} WIB · {trip.originName} ({trip.originCode})
        </dd>
        <dt>{k.arrives}</dt>
        <dd>
          {arrives} WIB · {trip.destinationName} ({trip.destinationCode})
        </dd>
      </dl>
    </article>
  );
}
