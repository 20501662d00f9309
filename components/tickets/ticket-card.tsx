import type { Messages } from '@/lib/i18n';
import type { TicketView } from '@/lib/tickets/queries';

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
  qr: string;
  trip: Trip;
  date: string;
  departs: string;
  arrives: string;
};

/** One passenger's e-ticket: QR (server-drawn SVG), train, coach and seat, stations and times. */
export function TicketCard({ t, ticket, qr, trip, date, departs, arrives }: Props) {
  const k = t.checkout.tickets;
  return (
    <article
      className="card grid gap-3 break-inside-avoid sm:grid-cols-[auto_1fr]"
      aria-label={`${k.ticket} ${ticket.number}`}
      data-testid="e-ticket"
    >
      {/* The SVG comes from the qrcode library fed with our own signed payload: no user markup inside. */}
      <div
        role="img"
        aria-label={k.qr(ticket.number)}
        className="size-44 justify-self-center bg-white [&>svg]:size-full"
        data-testid="ticket-qr"
        data-payload={ticket.payload}
        dangerouslySetInnerHTML={{ __html: qr }}
      />
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
