/**
 * Order ids bind a signed notification to one of our numbers. The signature covers only order_id,
 * status_code and gross_amount, so the unsigned fields (VA number, transaction id) are trusted only
 * when they agree with the signed order id.
 *
 * - A static open VA takes many payments; the bank names each `TOPUP-<number>-<transaction id>`.
 * - A closed VA or code takes one payment, under the order id it was registered with.
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
