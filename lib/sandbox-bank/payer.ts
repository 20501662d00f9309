/**
 * The sandbox bank remembers, per browser, which payments this payer made (a cookie of transaction
 * ids), so its delivery log lists only those. Not a secret: it only narrows what a page shows.
 */
export const PAYER_COOKIE = 'kai_sandbox_payments';
const MAX = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The transaction ids in the cookie (anything not shaped like one is dropped). */
export function payerPayments(cookie: string | undefined): string[] {
  return (cookie ?? '')
    .split('.')
    .filter((id) => UUID.test(id))
    .slice(0, MAX);
}

/** The cookie with a new payment first, at most 20 kept. */
export function withPayment(cookie: string | undefined, transactionId: string): string {
  return [transactionId, ...payerPayments(cookie).filter((id) => id !== transactionId)]
    .slice(0, MAX)
    .join('.');
}
