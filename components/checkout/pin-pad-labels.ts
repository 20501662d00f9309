import type { Messages } from '@/lib/i18n';

/** The PIN pad's words, the same wherever KAIPay takes a PIN; only what the amount is differs. */
export function pinPadLabels(c: Messages['checkout'], amountLabel: string) {
  return {
    title: c.pinTitle,
    amountLabel,
    recipientLabel: c.recipient,
    recipient: c.recipientName,
    pin: c.pinLabel,
    hint: c.pinHint,
    erase: c.erase,
    clear: c.clear,
    submit: c.continue,
    busy: c.paying,
    digit: c.digit,
    entered: c.pinEntered,
  };
}
