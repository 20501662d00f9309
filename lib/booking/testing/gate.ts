import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { row } from '@/db';
import { now } from '@/lib/clock';
import { inboxOf } from '@/lib/notify/inbox';
import { gateCheck, type GateDecision } from '@/lib/tickets/gate';
import { serverTicketKeys, ticketPublicKey } from '@/lib/tickets/keys';
import { ownTickets } from '../e-tickets';
import { openRevocationList } from '@/lib/tickets/revocation-list';
import { signedRevocationList } from '@/lib/tickets/revocations';
import { importPublicKey } from '@/lib/tickets/signing';

/** What a gate device holds after syncing now: the public key and the opened signed full list. */
export async function syncedGate() {
  const publicKey = importPublicKey(ticketPublicKey());
  const revocations = openRevocationList(await signedRevocationList(0, now()), publicKey);
  if (!revocations) throw new Error('the server list does not verify');
  return { publicKey, revocations };
}

/** The offline decision of a gate that synced now, at the current clock. */
export async function atGate(
  payload: string,
  expect?: Parameters<typeof gateCheck>[0]['expect'],
): Promise<GateDecision> {
  return gateCheck({ payload, ...(await syncedGate()), at: now(), expect });
}

/**
 * Everything a passenger could save before boarding opens: the e-ticket page data (what the page
 * and its print show) and every message sent to the contact phone.
 */
export async function whatThePassengerSaw(
  userId: number,
  code: string,
  phone: string,
): Promise<string> {
  return (
    JSON.stringify(await ownTickets(userId, code)) +
    (await inboxOf(phone)).map((m) => m.body).join('\n')
  );
}

/** Every dotted token in a text run through the offline gate: what a saved screenshot could hold. */
export async function gateDecisionsFor(text: string): Promise<GateDecision[]> {
  const tokens = text.match(/[\w-]+\.[\w-]+\.[\w-]+/g) ?? [];
  const decisions: GateDecision[] = [];
  for (const t of [text, ...tokens]) decisions.push(await atGate(t));
  return decisions;
}

/**
 * The QR this app used to show right after payment (format "KAI1", same key, no validity window),
 * as old code built it for a ticket: what a passenger who paid before this change may have saved.
 */
export async function legacyQr(ticketNumber: string): Promise<string> {
  const t = (await row<{ code: string; number: string; name: string; d: string; seat: string }>(
    sql`select b.code, t.number, p.name, tr.service_date as d, t.seat_label as seat from tickets t
       join bookings b on b.id = t.booking_id join booking_passengers p on p.id = t.passenger_id
       join trips tr on tr.id = t.trip_id where t.number = ${ticketNumber}`,
  ))!;
  const body = Buffer.from(
    JSON.stringify({
      c: t.code,
      n: t.number,
      p: t.name,
      t: '2',
      d: t.d,
      o: 'GMR',
      to: 'CN',
      dep: '08:00',
      s: t.seat,
    }),
  ).toString('base64url');
  const sig = crypto.sign(null, Buffer.from(`KAI1.${body}`), serverTicketKeys().privateKey);
  return `KAI1.${body}.${sig.toString('base64url')}`;
}
