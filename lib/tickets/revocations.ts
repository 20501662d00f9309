import 'server-only';
import { and, asc, eq, gt, gte, inArray, lte, max } from 'drizzle-orm';
import { getDb, orderAppends } from '@/db';
import { ticketRevocations, tickets, trips, type RevocationReason } from '@/db/schema';
import type { Tx } from '@/lib/transaction';
import { wibInstant } from '@/lib/dates';
import { serverTicketKeys } from './keys';
import { signRevocationList, type RevocationList } from './revocation-list';

type Reader = Pick<Tx, 'select'>;

/** The list's version now: the highest revocation id (0 before any). */
export async function revocationVersion(tx: Reader = getDb()): Promise<number> {
  const [row] = await tx.select({ v: max(ticketRevocations.id) }).from(ticketRevocations);
  return row?.v ?? 0;
}

/**
 * Revokes tickets whose boarding pass may already be out (boarding opened): a trip cancelled by an
 * admin, fraud, a manual revocation. Adds them to the gates' signed revocation list under a new
 * version; a ticket already revoked stays as it was. Call it inside the transaction that makes the
 * change (cancelling the trip, refunding), so a revocation never lags the change it stands for.
 * Unknown numbers are ignored. Returns the list version afterwards and how many were added.
 *
 * Revoking transactions queue for one another (`orderAppends`: SQLite has one writer anyway, on
 * PostgreSQL an advisory lock held to commit), so ids become visible in order and a gate that
 * synced up to version v never misses an entry numbered v or lower (revocationList relies on it).
 * Each also reads the version after its inserts, so even without the lock PostgreSQL's
 * serializable isolation would abort one of two that overlap.
 */
export async function revokeTickets(
  tx: Tx,
  input: { numbers: readonly string[]; reason: RevocationReason; at: number },
): Promise<{ version: number; added: number }> {
  let added = 0;
  if (input.numbers.length > 0) {
    await orderAppends('ticket_revocations', tx);
    const rows = await tx
      .select({ id: tickets.id, number: tickets.number, serviceDate: trips.serviceDate })
      .from(tickets)
      .innerJoin(trips, eq(trips.id, tickets.tripId))
      .where(inArray(tickets.number, [...new Set(input.numbers)]))
      .orderBy(asc(tickets.id));
    if (rows.length === 0) return { version: await revocationVersion(tx), added: 0 };
    const already = new Set(
      (
        await tx
          .select({ id: ticketRevocations.ticketId })
          .from(ticketRevocations)
          .where(
            inArray(
              ticketRevocations.ticketId,
              rows.map((r) => r.id),
            ),
          )
      ).map((r) => r.id),
    );
    // Skipped here rather than left to ON CONFLICT, which would still use up an id: versions stay
    // dense (1, 2, 3...), one per revocation.
    for (const r of rows.filter((row) => !already.has(row.id))) {
      const inserted = await tx
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
        .returning({ id: ticketRevocations.id });
      added += inserted.length;
    }
  }
  return { version: await revocationVersion(tx), added };
}

/** Revokes every ticket issued for a trip (for an admin's trip cancellation); see revokeTickets. */
export async function revokeTripTickets(
  tx: Tx,
  input: { tripId: number; reason: RevocationReason; at: number },
): Promise<{ version: number; added: number }> {
  const numbers = (
    await tx
      .select({ number: tickets.number })
      .from(tickets)
      .where(eq(tickets.tripId, input.tripId))
      .orderBy(asc(tickets.id))
  ).map((r) => r.number);
  return revokeTickets(tx, { numbers, reason: input.reason, at: input.at });
}

/** True when a ticket is on the revocation list. */
export async function isRevoked(number: string, tx: Reader = getDb()): Promise<boolean> {
  const found = await tx
    .select({ id: ticketRevocations.id })
    .from(ticketRevocations)
    .where(eq(ticketRevocations.ticketNumber, number))
    .limit(1);
  return found.length > 0;
}

/**
 * The revocations after version `since` whose tickets could still be valid at `at` (older ones
 * no gate would accept anyway), with the current version. `since` 0 gives the full list.
 */
export async function revocationList(since: number, at: number): Promise<RevocationList> {
  const db = getDb();
  // The version is read first and the entries are bounded by it, so a revocation committed between
  // the two reads cannot slip into a list that claims an older version (revokeTickets says why
  // nothing numbered at or below it can still be on its way). So no transaction is needed, which on
  // SQLite would queue this frequent read behind the writers.
  const version = await revocationVersion(db);
  const entries = await db
    .select({
      version: ticketRevocations.id,
      number: ticketRevocations.ticketNumber,
      reason: ticketRevocations.reason,
      validUntil: ticketRevocations.validUntil,
    })
    .from(ticketRevocations)
    .where(
      and(
        gt(ticketRevocations.id, since),
        lte(ticketRevocations.id, version),
        gte(ticketRevocations.validUntil, at),
      ),
    )
    .orderBy(asc(ticketRevocations.id));
  return { version, since: Math.min(since, version), issuedAt: at, entries };
}

/** The revocation list signed with the ticket key (gates verify it with the public key they have). */
export async function signedRevocationList(since: number, at: number): Promise<string> {
  return signRevocationList(await revocationList(since, at), serverTicketKeys().privateKey);
}
