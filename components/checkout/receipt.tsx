import { formatRupiah } from '@/lib/money';
import { formatWibDateTime } from '@/lib/dates';
import type { Messages } from '@/lib/i18n';
import type { PaymentReceipt } from '@/lib/checkout/receipt';
import { FocusedHeading } from '@/components/ui/focused-heading';
import { RETAIL_FORMATS, VA_FORMATS, isVaBank } from '@/lib/payments/banks';

/** "KAIPay", "Virtual Account BCA", "Gerai ritel Indomaret": how a booking was paid, in words. */
export function paymentMethodText(t: Messages, r: Pick<PaymentReceipt, 'method' | 'bank'>): string {
  const m = t.checkout.receipt.methods;
  if (r.method === 'kaipay' || !r.bank) return m.kaipay;
  return isVaBank(r.bank) ? m.va(VA_FORMATS[r.bank].name) : m.retail(RETAIL_FORMATS[r.bank].name);
}

type Props = {
  t: Messages;
  locale: 'id' | 'en';
  receipt: PaymentReceipt | null;
  /** What comes after the figures: the booking code and the way to the e-tickets. */
  children: React.ReactNode;
};

/**
 * "Pembayaran berhasil" as the heading of a paid booking's checkout: amount, method, time and the
 * KAIPay balance left (when the payment's record is there to say them), then `children`. The
 * heading takes the focus when the checkout turns into it in place.
 */
export function Receipt({ t, locale, receipt, children }: Props) {
  const r = t.checkout.receipt;
  return (
    <section
      aria-labelledby="receipt-heading"
      data-testid="receipt"
      data-print="hide"
      className="grid gap-3 rounded-xl border border-emerald-300 bg-emerald-50 p-4 sm:p-6"
    >
      <FocusedHeading
        id="receipt-heading"
        className="flex items-center gap-2 text-xl font-bold text-emerald-900"
      >
        <span
          aria-hidden="true"
          className="grid size-8 place-items-center rounded-full bg-emerald-700 text-white"
        >
          ✓
        </span>
        {r.title}
      </FocusedHeading>
      {receipt && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:max-w-md">
          <dt>{r.amount}</dt>
          <dd className="text-right text-base font-bold" data-testid="receipt-amount">
            {formatRupiah(receipt.amount)}
          </dd>
          <dt>{r.method}</dt>
          <dd className="text-right" data-testid="receipt-method">
            {paymentMethodText(t, receipt)}
          </dd>
          <dt>{r.time}</dt>
          <dd className="text-right" data-testid="receipt-time">
            {formatWibDateTime(receipt.paidAt, locale)} WIB
          </dd>
          {receipt.balance !== null && (
            <>
              <dt>{r.balanceLeft}</dt>
              <dd className="text-right font-semibold" data-testid="receipt-balance">
                {formatRupiah(receipt.balance)}
              </dd>
            </>
          )}
        </dl>
      )}
      {children}
    </section>
  );
}
