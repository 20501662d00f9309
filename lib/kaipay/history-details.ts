import 'server-only';
import { sql } from 'drizzle-orm';
import { rows as select } from '@/db';

/** What a wallet entry was for, beyond its kind: the labels Riwayat shows. */
export type HistoryPurpose =
  'ticket' | 'rescheduleFee' | 'rescheduleFare' | 'cancelRefund' | 'lateRefund';

export type HistoryDetail = {
  purpose: HistoryPurpose | null;
  booking: {
    code: string;
    trainName: string;
    trainNumber: string;
    originName: string;
    destinationName: string;
    departsAt: number;
    arrivesAt: number;
  } | null;
};

/** The purpose a transfer's idempotency key names (the keys are fixed by the code that pays). */
function purposeOf(key: string): { purpose: HistoryPurpose; code?: string } | null {
  const m = /^booking:([A-Z0-9]{7}):(kaipay|reschedule:fee|reschedule:fare|refund)$/.exec(key);
  if (m) {
    const purpose = {
      kaipay: 'ticket',
      'reschedule:fee': 'rescheduleFee',
      'reschedule:fare': 'rescheduleFare',
      refund: 'cancelRefund',
    }[m[2]!] as HistoryPurpose;
    return { purpose, code: m[1] };
  }
  return key.startsWith('bookingpay:') ? { purpose: 'lateRefund' } : null;
}

/**
 * For the caller's wallet entries on one Riwayat page: what each was for and, for a booking, its
 * train and route, so a row reads "Biaya ubah jadwal · Taksaka (KA 44) Gambir → Yogyakarta" instead
 * of a bare code. Bookings are looked up only among the caller's own.
 */
export async function historyDetails(
  userId: number,
  entryIds: number[],
): Promise<Map<number, HistoryDetail>> {
  const out = new Map<number, HistoryDetail>();
  if (entryIds.length === 0) return out;
  const ids = sql.join(
    entryIds.map((id) => sql`${id}`),
    sql`, `,
  );
  // A late bank payment returned to KAIPay names its booking through the bank payment it came from.
  // Camel-case aliases are quoted: PostgreSQL folds bare ones to lower case.
  const rows = await select<{ id: number; key: string; lateCode: string | null }>(sql`
    select e.id, t.idempotency_key as "key", b.code as "lateCode"
    from ledger_entries e join ledger_transfers t on t.id = e.transfer_id
    left join bank_payments bp on bp.transfer_id = t.id
    left join payment_accounts pa on pa.id = bp.payment_account_id and pa.purpose = 'booking'
    left join bookings b on b.id = pa.booking_id and b.user_id = ${userId}
    where e.id in (${ids})`);
  const purposes = rows.map((r) => {
    const p = purposeOf(r.key);
    return { id: r.id, purpose: p?.purpose ?? null, code: p?.code ?? r.lateCode ?? null };
  });
  const codes = [...new Set(purposes.map((p) => p.code).filter((c): c is string => !!c))];
  const bookings = new Map<string, NonNullable<HistoryDetail['booking']>>();
  if (codes.length > 0) {
    const found = await select<NonNullable<HistoryDetail['booking']>>(sql`
      select b.code, t.name || coalesce(' + ' || t2.name, '') as "trainName", t.number as "trainNumber",
             o.name as "originName", coalesce(d2.name, d.name) as "destinationName",
             b.departs_at as "departsAt",
             coalesce(bl.arrives_at, b.departs_at + (sd.arrive_minute - so.depart_minute) * 60000) as "arrivesAt"
      from bookings b join trips tr on tr.id = b.trip_id join trains t on t.id = tr.train_id
      join train_stops so on so.train_id = t.id and so.seq = b.origin_seq
      join train_stops sd on sd.train_id = t.id and sd.seq = b.destination_seq
      join stations o on o.code = so.station_code join stations d on d.code = sd.station_code
      -- a connection ends where its second train does
      left join booking_legs bl on bl.booking_id = b.id and bl.leg = 2
      left join trips tr2 on tr2.id = bl.trip_id left join trains t2 on t2.id = tr2.train_id
      left join train_stops sd2 on sd2.train_id = t2.id and sd2.seq = bl.destination_seq
      left join stations d2 on d2.code = sd2.station_code
      where b.user_id = ${userId} and b.code in (${sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )})`);
    for (const b of found) bookings.set(b.code, b);
  }
  for (const p of purposes)
    out.set(p.id, { purpose: p.purpose, booking: (p.code && bookings.get(p.code)) || null });
  return out;
}
