/** Words for checkout, the PIN pad, e-tickets, cancellation and reschedule. */
export const checkoutId = {
  title: 'Pembayaran',
};

export const checkoutEn: typeof checkoutId = {
  title: 'Payment',
};
