import Link from 'next/link';
import { formatRupiah } from '@/lib/money';
import { formatWibTime, formatServiceDate, wibDate } from '@/lib/dates';
import type { Messages } from '@/lib/i18n';
import {
  isVaBank,
  RETAIL_FORMATS,
  VA_FORMATS,
  type RetailOutlet,
  type VaBank,
} from '@/lib/payments/banks';
import { retailSteps, vaSteps } from '@/lib/payments/steps';
import { CopyButton } from '@/components/topup/copy-button';
import { StepList } from '@/components/topup/step-list';

type Props = {
  t: Messages;
  locale: 'id' | 'en';
  code: string;
  bank: VaBank | RetailOutlet;
  number: string;
  amount: number;
  expiresAt: number;
  companyCode?: string;
};

/** A closed VA or retail payment code for one booking: number, exact amount, deadline and the bank's steps. */
export function PaymentCode({
  t,
  locale,
  code,
  bank,
  number,
  amount,
  expiresAt,
  companyCode,
}: Props) {
  const c = t.checkout;
  const va = isVaBank(bank);
  return (
    <div className="grid gap-3">
      <h3 id="code-heading" className="text-lg font-semibold">
        {va ? `${c.va} ${VA_FORMATS[bank].name}` : RETAIL_FORMATS[bank].name}
      </h3>
      <dl className="grid gap-2 sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt>{va ? c.vaNumber : c.retailCode}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <strong className="font-mono text-xl tracking-wider" data-testid="booking-va-number">
            {number}
          </strong>
          <CopyButton value={number} label={c.copy} copiedLabel={c.copied} />
        </dd>
        {companyCode && bank === 'MANDIRI' && (
          <>
            <dt>{c.companyCode}</dt>
            <dd className="font-mono">{companyCode}</dd>
          </>
        )}
        <dt>{c.exactAmount}</dt>
        <dd className="font-semibold" data-testid="booking-va-amount">
          {formatRupiah(amount)}
        </dd>
        <dt>{c.payBefore}</dt>
        <dd>
          {formatServiceDate(wibDate(expiresAt), locale)} {formatWibTime(expiresAt)} WIB
        </dd>
      </dl>
      {/* The steps are long (four channels): folded, so the number and amount stay on screen. */}
      {(va ? (['atm', 'mobile', 'internet', 'sms'] as const) : (['retail'] as const)).map(
        (ch, i) => (
          <details key={ch} open={i === 0} className="rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer font-medium">
              {c.steps}
              {ch === 'retail' ? '' : `: ${c.channels[ch]}`}
            </summary>
            <div className="mt-2">
              <StepList
                title={ch === 'retail' ? c.steps : `${c.steps}: ${c.channels[ch]}`}
                steps={
                  ch === 'retail'
                    ? retailSteps(bank as RetailOutlet, number, 'booking')
                    : vaSteps(
                        bank as VaBank,
                        ch,
                        number,
                        companyCode ?? VA_FORMATS[bank as VaBank].companyCode,
                        'booking',
                      )
                }
              />
            </div>
          </details>
        ),
      )}
      <p className="text-sm text-slate-700">{c.waiting}</p>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link className="link" href={`/booking/${code}`}>
          {c.checkStatus}
        </Link>
      </p>
    </div>
  );
}
