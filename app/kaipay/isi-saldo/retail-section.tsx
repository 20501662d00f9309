import { formatRupiah } from '@/lib/money';
import { now } from '@/lib/clock';
import { RETAIL_FORMATS, type RetailOutlet } from '@/lib/payments/banks';
import { retailSteps } from '@/lib/payments/steps';
import { ownRetailCode } from '@/lib/payments/queries';
import type { Messages } from '@/lib/i18n';
import { Countdown } from '@/components/booking/countdown';
import { formatWibDeadline } from '@/lib/dates';
import { CopyButton } from '@/components/topup/copy-button';
import { RetailForm } from '@/components/topup/retail-form';
import { StepList } from '@/components/topup/step-list';
import { createRetailCode } from './actions';

type Props = {
  t: Messages;
  locale: 'id' | 'en';
  userId: number;
  outlet: RetailOutlet;
  code?: string;
};

/** Gerai Ritel: an amount form, then the payment code with its 24-hour countdown and cashier steps. */
export async function RetailSection({ t, locale, userId, outlet, code }: Props) {
  const p = t.topup;
  const issued = code ? await ownRetailCode(userId, code) : undefined;
  return (
    <section className="card grid gap-4" aria-labelledby="retail-heading">
      <h2 id="retail-heading" className="text-lg font-semibold">
        {RETAIL_FORMATS[outlet].name}
      </h2>
      {issued ? (
        <>
          <div className="grid gap-1">
            <p className="text-sm text-slate-700">{p.codeLabel}</p>
            <p className="flex flex-wrap items-center gap-3">
              <span
                className="font-mono text-2xl font-bold tracking-wider text-kai-navy"
                data-testid="payment-code"
              >
                {issued.code}
              </span>
              <CopyButton value={issued.code} label={p.copy} copiedLabel={p.copied} />
            </p>
            <p className="text-lg font-semibold">{formatRupiah(issued.amount!)}</p>
          </div>
          <div className="flex flex-wrap items-baseline gap-x-3">
            <Countdown
              deadline={issued.expiresAt!}
              serverNow={now()}
              label={p.timeLeft}
              expiredText={p.codeExpired}
            />
            {/* The clock time beside the countdown (issue 12.5). */}
            <span className="text-sm font-medium" data-testid="deadline-clock">
              {t.checkout.flow.payBy(formatWibDeadline(issued.expiresAt!, now(), locale))}
            </span>
          </div>
          <StepList title={p.steps} steps={retailSteps(outlet, issued.code)} />
        </>
      ) : (
        <RetailForm
          action={createRetailCode}
          outlet={outlet}
          errors={p.errors}
          labels={{ amount: p.amount, hint: p.amountHint, submit: p.createCode, busy: p.creating }}
        />
      )}
    </section>
  );
}
