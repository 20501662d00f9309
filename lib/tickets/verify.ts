import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { bookings, tickets } from '@/db/schema';
import { serverTicketKeys } from './keys';
import { verifyTicket, type TicketClaims } from './signing';

export type VerifyOutcome =
  | { valid: true; claims: TicketClaims }
  | { valid: false; reason: 'bad_signature' }
  | { valid: false; reason: 'void' | 'cancelled'; claims: TicketClaims };

/**
 * Checks a scanned or pasted QR payload: the Ed25519 signature first (what an offline gate does with
 * the public key), then, online, that the ticket is still the booking's current one and not cancelled.
 * Tells nothing beyond what the ticket itself shows.
 */
export function verifyTicketPayload(payload: string): VerifyOutcome {
  const claims = verifyTicket(payload, serverTicketKeys().publicKey);
  if (!claims) return { valid: false, reason: 'bad_signature' };
  const row = getDb()
    .select({ status: tickets.status, bookingStatus: bookings.status })
    .from(tickets)
    .innerJoin(bookings, eq(bookings.id, tickets.bookingId))
    .where(eq(tickets.number, claims.n))
    .get();
  if (!row || row.bookingStatus === 'cancelled')
    return { valid: false, reason: 'cancelled', claims };
  if (row.status !== 'active') return { valid: false, reason: 'void', claims };
  return { valid: true, claims };
}
