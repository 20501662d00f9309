import type { Messages } from '@/lib/i18n';
import type { ShownPaymentCode } from '@/lib/checkout/payment-code';
import type { RetailOutlet, VaBank } from '@/lib/payments/banks';
import { FormMessage } from '@/components/ui/form-message';
import { PaymentCode } from '@/components/checkout/payment-code';

type Props = {
  t: Messages;
  locale: 'id' | 'en';
  code: string;
  bank: VaBank | RetailOutlet;
  bankName: string;
  payment: ShownPaymentCode | null;
  error?: string;
  choose: (form: FormData) => void | Promise<void>;
};

/**
 * A bank's or outlet's next step under its tile: the number the choose action made, or (when the
 * page was opened by its URL alone, or the bank refused) the button that makes it.
 */
export function BankPanel({ t, locale, code, bank, bankName, payment, error, choose }: Props) {
  const c = t.checkout;
  if (payment) return <PaymentCode t={t} locale={locale} code={code} bank={bank} {...payment} />;
  return (
    <form action={choose} className="grid gap-3">
      <h3 id="code-heading" className="text-lg font-semibold">
        {bankName}
      </h3>
      <FormMessage tone="error">{error}</FormMessage>
      <input type="hidden" name="code" value={code} />
      <p className="text-sm text-slate-700">{c.flow.createCodeHint}</p>
      <button type="submit" name="method" value={bank} className="btn-primary justify-self-start">
        {c.flow.createCode(bankName)}
      </button>
    </form>
  );
}
