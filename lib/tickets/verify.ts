import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { bookings, tickets } from '@/db/schema';
import { now } from '@/lib/clock';
import { gateCheck, type GateRefusal } from './gate';
import { serverTicketKeys } from './keys';
import { revocationList } from './revocations';
import type { TicketClaims } from './signing';

export type VerifyOutcome =
  | { valid: true; claims: TicketClaims }
  | { valid: false; reason: 'bad_signature' }
  | {
      valid: false;
      reason: Exclude<GateRefusal, 'bad_signature'> | 'void' | 'cancelled';
      claims: TicketClaims;
    };

/**
 * The online check: exactly what an offline gate decides (signature, validity window, the current
 * revocation list) and then, since the database is at hand, that the ticket is still the booking's
 * current one and the booking not cancelled. Tells nothing beyond what the ticket itself shows.
 */
export async function verifyTicketPayload(payload: string): Promise<VerifyOutcome> {
  const at = now();
  const gate = gateCheck({
    payload,
    publicKey: serverTicketKeys().publicKey,
    revocations: await revocationList(0, at),
    at,
  });
  if (!gate.accept) {
    if (gate.reason === 'bad_signature' || !gate.claims)
      return { valid: false, reason: 'bad_signature' };
    return { valid: false, reason: gate.reason, claims: gate.claims };
  }
  const { claims } = gate;
  const [row] = await getDb()
    .select({ status: tickets.status, bookingStatus: bookings.status })
    .from(tickets)
    .innerJoin(bookings, eq(bookings.id, tickets.bookingId))
    .where(eq(tickets.number, claims.n))
    .limit(1);
  if (!row || row.bookingStatus === 'cancelled')
    return { valid: false, reason: 'cancelled', claims };
  if (row.status !== 'active') return { valid: false, reason: 'void', claims };
  return { valid: true, claims };
}
