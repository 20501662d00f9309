/**
 * Order ids bind a signed notification to one bank order of ours. The signature covers only
 * order_id + status_code + gross_amount with no separator, so the unsigned fields (VA number,
 * transaction id) are trusted only when they agree with the signed order id, and every order id
 * must have exactly one of the shapes below: each ends in a fixed-length part, so no character can
 * move between order_id and status_code/gross_amount and still leave an order id of ours.
 *
 * One bank order, per kind of number:
 * - A static open VA takes many payments; each is its own order `TOPUP-<number>-<transaction id>`,
 *   the transaction id being the bank's UUID (signed, since it is inside the order id).
 * - A closed VA or retail code is ONE order, `TOPUP-<code>` or `BOOKING-<booking code>`, whatever
 *   transaction ids the bank (or a replayer) attaches to it.
 */
export function openVaOrderId(number: string, transactionId: string): string {
  return `TOPUP-${number}-${transactionId}`;
}

export function retailTopUpOrderId(code: string): string {
  return `TOPUP-${code}`;
}

export function bookingOrderId(bookingCode: string): string {
  return `BOOKING-${bookingCode}`;
}

/** A bank transaction id: a lowercase UUID, as Midtrans and the sandbox bank issue them. */
export const TRANSACTION_ID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const UUID = TRANSACTION_ID_PATTERN.source.slice(1, -1);
const OPEN_VA = new RegExp(`^TOPUP-(\\d{8,23})-(${UUID})$`);
// Retail payment codes are 12-16 digits (DOMAIN.md): a code with digits borrowed from the status
// code and amount is too long to be one.
const RETAIL_TOPUP = /^TOPUP-(\d{12,16})$/;
const BOOKING = /^BOOKING-([A-Z0-9]{7})$/;

export type ParsedOrderId =
  | { kind: 'open_va'; number: string; transactionId: string }
  | { kind: 'retail_topup'; code: string }
  | { kind: 'booking'; bookingCode: string };

/** The order an order id names, or null when it is not one of our shapes. */
export function parseOrderId(orderId: string): ParsedOrderId | null {
  let m = OPEN_VA.exec(orderId);
  if (m) return { kind: 'open_va', number: m[1]!, transactionId: m[2]! };
  m = RETAIL_TOPUP.exec(orderId);
  if (m) return { kind: 'retail_topup', code: m[1]! };
  m = BOOKING.exec(orderId);
  if (m) return { kind: 'booking', bookingCode: m[1]! };
  return null;
}
