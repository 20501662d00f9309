import type { Messages } from '@/lib/i18n';
import type { TicketView } from '@/lib/booking/e-tickets';

type Props = {
  t: Messages;
  ticket: TicketView;
  /** The signed QR (server-drawn SVG) and its payload, or revoked: no QR at all. */
  pass: { payload: string; qr: string } | { revoked: true };
  train: string;
  date: string;
  from: { name: string; code: string; time: string };
  to: { name: string; code: string; time: string };
  /** Boarding opens → the train leaves, both as WIB clock times. */
  window: { opens: string; closes: string };
};

/**
 * One passenger's e-boarding pass, made for the gate rather than for reading: black on white, the QR
 * as large as the screen allows (with its quiet zone), coach and seat in large type, and when
 * boarding is open. Deliberately unlike the e-ticket, which is a booking reference.
 */
export function BoardingPass({ t, ticket, pass, train, date, from, to, window }: Props) {
  const k = t.checkout.tickets;
  const j = t.checkout.journey;
  return (
    <article
      className="grid overflow-hidden rounded-2xl border-4 border-black bg-white text-black break-inside-avoid"
      aria-label={`${k.boardingTitle} ${ticket.number}`}
      data-testid="boarding-pass"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2 bg-black px-4 py-3 text-white">
        <span className="text-sm font-bold uppercase tracking-widest">{k.boardingTitle}</span>
        <span className="text-lg font-bold">{train}</span>
      </header>
      <div className="grid gap-4 p-4 sm:grid-cols-[minmax(0,22rem)_1fr] sm:items-start">
        {'qr' in pass ? (
          // The SVG comes from the qrcode library fed with our own signed payload: no user markup.
          <div
            role="img"
            aria-label={k.qr(ticket.number)}
            className="aspect-square w-full max-w-[22rem] justify-self-center bg-white p-3 [&>svg]:size-full"
            data-testid="ticket-qr"
            data-payload={pass.payload}
            dangerouslySetInnerHTML={{ __html: pass.qr }}
          />
        ) : (
          <p
            className="grid aspect-square w-full max-w-[22rem] place-content-center justify-self-center border-4 border-red-700 p-4 text-center text-lg font-bold text-red-800"
            data-testid="ticket-revoked"
          >
            {k.revokedPass}
          </p>
        )}
        <div className="grid content-start gap-4">
          <dl className="grid grid-cols-2 gap-3">
            <div className="rounded-lg border-2 border-black p-2 text-center">
              <dt className="text-xs font-bold uppercase">{j.coach}</dt>
              <dd className="text-3xl font-black sm:text-4xl" data-testid="pass-coach">
                {ticket.coach ?? '–'}
              </dd>
            </div>
            <div className="rounded-lg border-2 border-black p-2 text-center">
              <dt className="text-xs font-bold uppercase">{j.seat}</dt>
              <dd className="text-3xl font-black sm:text-4xl" data-testid="pass-seat">
                {ticket.seatLabel ?? k.lap}
              </dd>
            </div>
          </dl>
          <div className="rounded-lg bg-black p-3 text-white" data-testid="boarding-window">
            <p className="text-xs font-bold uppercase tracking-wide">{j.boardingWindow}</p>
            <p className="text-2xl font-black">{j.boardingFromTo(window.opens, window.closes)}</p>
            <p className="text-sm">{j.boardingWindowNote}</p>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
            <dt className="font-semibold">{k.passenger}</dt>
            <dd className="font-bold uppercase">{ticket.name}</dd>
            <dt className="font-semibold">{j.date}</dt>
            <dd className="font-bold">{date}</dd>
            <dt className="font-semibold">{j.from}</dt>
            <dd>
              <strong>{from.time} WIB</strong> · {from.name} ({from.code})
            </dd>
            <dt className="font-semibold">{j.to}</dt>
            <dd>
              <strong>{to.time} WIB</strong> · {to.name} ({to.code})
            </dd>
            <dt className="font-semibold">{k.number}</dt>
            <dd className="font-mono">{ticket.number}</dd>
          </dl>
        </div>
      </div>
    </article>
  );
}
