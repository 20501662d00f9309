import 'server-only';
import { and, asc, eq, gt, gte, inArray, max } from 'drizzle-orm';
import { getDb } from '@/db';
import { ticketRevocations, tickets, trips, type RevocationReason } from '@/db/schema';
import type { Tx } from '@/lib/transaction';
import { wibInstant } from '@/lib/dates';
import { serverTicketKeys } from './keys';
import { signRevocationList, type RevocationList } from './revocation-list';

type Reader = Pick<Tx, 'select'>;

/** The list's version now: the highest revocation id (0 before any). */
export function revocationVersion(tx: Reader = getDb()): number {
  return (
    tx
      .select({ v: max(ticketRevocations.id) })
      .from(ticketRevocations)
      .get()?.v ?? 0
  );
}

/**
 * Revokes tickets whose boarding pass may already be out (boarding opened): a trip cancelled by an
 * admin, fraud, a manual revocation. Adds them to the gates' signed revocation list under a new
 * version; a ticket already revoked stays as it was. Call it inside the transaction that makes the
 * change (cancelling the trip, refunding), so a revocation never lags the change it stands for.
 * Unknown numbers are ignored. Returns the list version afterwards and how many were added.
 */
export function revokeTickets(
  tx: Tx,
  input: { numbers: readonly string[]; reason: RevocationReason; at: number },
): { version: number; added: number } {
  let added = 0;
  if (input.numbers.length > 0) {
    const rows = tx
      .select({ id: tickets.id, number: tickets.number, serviceDate: trips.serviceDate })
      .from(tickets)
      .innerJoin(trips, eq(trips.id, tickets.tripId))
      .where(inArray(tickets.number, [...new Set(input.numbers)]))
      .orderBy(asc(tickets.id))
      .all();
    if (rows.length === 0) return { version: revocationVersion(tx), added: 0 };
    const already = new Set(
      tx
        .select({ id: ticketRevocations.ticketId })
        .from(ticketRevocations)
        .where(
          inArray(
            ticketRevocations.ticketId,
            rows.map((r) => r.id),
          ),
        )
        .all()
        .map((r) => r.id),
    );
    // Skipped here rather than left to ON CONFLICT, which would still use up an id: versions stay
    // dense (1, 2, 3...), one per revocation.
    for (const r of rows.filter((row) => !already.has(row.id))) {
      added += tx
        .insert(ticketRevocations)
        .values({
          ticketId: r.id,
          ticketNumber: r.number,
          reason: input.reason,
          revokedAt: input.at,
          // Every stop of a trip is reached within two days of its service date, so by then the
          // ticket's own window has closed and gates may drop the entry.
          validUntil: wibInstant(r.serviceDate, 3, 0),
        })
        .run().changes;
    }
  }
  return { version: revocationVersion(tx), added };
}

/** Revokes every ticket issued for a trip (for an admin's trip cancellation); see revokeTickets. */
export function revokeTripTickets(
  tx: Tx,
  input: { tripId: number; reason: RevocationReason; at: number },
): { version: number; added: number } {
  const numbers = tx
    .select({ number: tickets.number })
    .from(tickets)
    .where(eq(tickets.tripId, input.tripId))
    .all()
    .map((r) => r.number);
  return revokeTickets(tx, { numbers, reason: input.reason, at: input.at });
}

/** True when a ticket is on the revocation list. */
export function isRevoked(number: string, tx: Reader = getDb()): boolean {
  return !!tx
    .select({ id: ticketRevocations.id })
    .from(ticketRevocations)
    .where(eq(ticketRevocations.ticketNumber, number))
    .get();
}

/**
 * The revocations after version `since` whose tickets could still be valid at `at` (older ones
 * no gate would accept anyway), with the current version. `since` 0 gives the full list.
 */
export function revocationList(since: number, at: number): RevocationList {
  const db = getDb();
  // One read transaction: the version and the entries come from the same snapshot.
  return db.transaction((tx) => {
    const version = revocationVersion(tx);
    const entries = tx
      .select({
        version: ticketRevocations.id,
        number: ticketRevocations.ticketNumber,
        reason: ticketRevocations.reason,
        validUntil: ticketRevocations.validUntil,
      })
      .from(ticketRevocations)
      .where(and(gt(ticketRevocations.id, since), gte(ticketRevocations.validUntil, at)))
      .orderBy(asc(ticketRevocations.id))
      .all();
    return { version, since: Math.min(since, version), issuedAt: at, entries };
  });
}

/** The revocation list signed with the ticket key (gates verify it with the public key they have). */
export function signedRevocationList(since: number, at: number): string {
  return signRevocationList(revocationList(since, at), serverTicketKeys().privateKey);
}
