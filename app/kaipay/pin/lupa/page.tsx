import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { pinResetInfo } from '@/lib/kaipay/pin-care';
import { otpBlockOf } from '@/lib/kaipay/otp-store';
import { now } from '@/lib/clock';
import { formatWibDeadline } from '@/lib/dates';
import { safeNext } from '@/lib/safe-next';
import { FormMessage } from '@/components/ui/form-message';
import { CodePinForm } from '@/components/kaipay/code-pin-form';
import { ResendControls } from '@/components/kaipay/resend-controls';
import { resetPinWithOtp } from '../actions';
import { sendResetOtp } from './actions';
import { sentence } from '@/lib/i18n/lookup';

export const dynamic = 'force-dynamic';

type Search = Promise<{
  sent?: string;
  fallback?: string;
  error?: string;
  done?: string;
  next?: string;
}>;

export default async function ForgotPinPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser('/kaipay/pin/lupa');
  const info = await pinResetInfo(user.id);
  if (!info) redirect('/kaipay');
  const { t, locale } = await getI18n();
  const p = t.kaipay.pinPage;
  const a = t.kaipay.activation;
  const errors = { ...t.errors, ...t.kaipay.errors } as Record<string, string>;
  const params = await searchParams;
  // Where the passenger came from (a checkout's PIN pad); only same-site paths.
  const next = params.next && safeNext(params.next) !== '/' ? safeNext(params.next) : '';
  const carry: Record<string, string> = next ? { next } : {};
  if (params.done === '1')
    return (
      <div className="mx-auto grid max-w-md gap-4">
        <h1 className="text-2xl font-bold text-kai-navy">{p.forgotTitle}</h1>
        <section className="card grid gap-3" data-testid="pin-reset-done">
          <FormMessage tone="success">{p.reset}</FormMessage>
          <Link href={next || '/kaipay'} className="btn-primary justify-self-start">
            {next.startsWith('/checkout/') ? p.continueCheckout : p.toKaipay}
          </Link>
        </section>
      </div>
    );
  const sent =
    params.sent === 'sms' && params.fallback === '1'
      ? a.sentFallback
      : params.sent === 'sms' || params.sent === 'whatsapp'
        ? a.sentVia[params.sent]
        : undefined;
  // Locked or out of sends: the page says when to try again instead of a countdown to a refusal.
  const block = await otpBlockOf(user.id, 'pin_reset');
  const blockText =
    block &&
    (block.reason === 'locked' ? a.lockedUntil : a.sendLimitUntil)(
      formatWibDeadline(block.until, now(), locale),
    );
  return (
    <div className="mx-auto grid max-w-md gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{p.forgotTitle}</h1>
      <section className="card grid gap-3">
        {blockText ? (
          <div data-testid="otp-blocked">
            <FormMessage tone="error">{blockText}</FormMessage>
          </div>
        ) : params.error ? (
          <FormMessage tone="error">{sentence(errors, params.error)}</FormMessage>
        ) : (
          <FormMessage tone="success">{sent}</FormMessage>
        )}
        {!block && <p className="text-slate-700">{p.forgotLead(info.phoneMasked)}</p>}
        {!block && (
          <ResendControls
            key={info.resendInSeconds}
            action={sendResetOtp}
            hidden={carry}
            waitSeconds={info.resendInSeconds}
            labels={{ resend: p.sendOtp, resendSms: a.resendSms, waiting: a.resendIn }}
          />
        )}
      </section>
      {sent && block?.reason !== 'locked' && (
        <section className="card grid gap-3">
          <p className="text-slate-700">{p.resetLead}</p>
          <CodePinForm
            action={resetPinWithOtp}
            hidden={carry}
            errors={errors}
            success={{ reset: p.reset }}
            labels={{ submit: p.resetSubmit, busy: p.saving }}
            fields={[
              { name: 'code', label: a.code, autoFocus: true },
              { name: 'pin', label: p.newPin, hint: a.pinHint },
              { name: 'pinConfirm', label: p.confirm },
            ]}
          />
        </section>
      )}
      <Link href={next || '/kaipay'} className="link">
        {next ? p.backToPayment : t.kaipay.back}
      </Link>
    </div>
  );
}
