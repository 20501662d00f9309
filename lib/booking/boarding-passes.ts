import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { bookings, trips } from '@/db/schema';
import { now } from '@/lib/clock';
import { formatWibTime } from '@/lib/dates';
import { serverTicketKeys } from '@/lib/tickets/keys';
import { ownTickets, type TicketView } from './e-tickets';
import { isRevoked } from '@/lib/tickets/revocations';
import { signTicket, type TicketClaims } from '@/lib/tickets/signing';
import { boardingWindow } from '@/lib/tickets/window';

export type BoardingPassView = TicketView & {
  /** the signed QR text, or null for a revoked ticket */ payload: string | null;
  revoked: boolean;
};
export type BoardingRefusal = 'not_found' | 'not_open_yet' | 'trip_cancelled';
export type BoardingPasses =
  | {
      ok: true;
      booking: NonNullable<Awaited<ReturnType<typeof ownTickets>>>['booking'];
      passes: BoardingPassView[];
    }
  | { ok: false; code: 'not_open_yet'; opensAt: number }
  | { ok: false; code: Exclude<BoardingRefusal, 'not_open_yet'> };

/**
 * The boarding credentials (Ed25519-signed QRs) of a caller's paid booking. The ONLY place one is
 * made, and only from when boarding opens: the same instant cancellation and Ubah Jadwal end
 * (lib/booking/fees.ts), so no credential ever exists for a ticket that could still be cancelled or
 * replaced. What must be revoked later is in the gates' revocation list, and gets no QR here.
 * Deterministic (Ed25519 signs the same claims the same way): opening it twice gives the same QR.
 */
export async function boardingPasses(
  userId: number,
  code: string,
  at = now(),
): Promise<BoardingPasses> {
  const data = await ownTickets(userId, code);
  if (!data) return { ok: false, code: 'not_found' };
  const { booking } = data;
  const window = boardingWindow(booking.departsAt, booking.arrivesAt);
  if (at < window.from) return { ok: false, code: 'not_open_yet', opensAt: window.from };
  const [trip] = await getDb()
    .select({ status: trips.status })
    .from(bookings)
    .innerJoin(trips, eq(trips.id, bookings.tripId))
    .where(eq(bookings.code, booking.code))
    .limit(1);
  if (trip?.status === 'cancelled') return { ok: false, code: 'trip_cancelled' };
  const keys = serverTicketKeys();
  const revoked = new Set<string>();
  for (const tk of data.tickets) if (await isRevoked(tk.number)) revoked.add(tk.number);
  const passes = data.tickets.map((tk): BoardingPassView => {
    if (revoked.has(tk.number)) return { ...tk, payload: null, revoked: true };
    // Each train of a connection has its own pass: its train, stations and times. All open with
    // the first train (when cancelling ends); each expires after its own train arrives.
    const leg = booking.legs.find((l) => l.leg === tk.leg) ?? booking;
    const until = boardingWindow(booking.departsAt, leg.arrivesAt).until;
    const claims: TicketClaims = {
      n: tk.number,
      p: tk.name,
      t: leg.trainNumber,
      d: leg.serviceDate,
      o: leg.originCode,
      to: leg.destinationCode,
      dep: formatWibTime(leg.departsAt),
      s: tk.coach && tk.seatLabel ? `${tk.coach}/${tk.seatLabel}` : 'lap',
      nbf: Math.floor(window.from / 1000),
      exp: Math.ceil(until / 1000),
    };
    return { ...tk, payload: signTicket(claims, keys), revoked: false };
  });
  return { ok: true, booking, passes };
}
