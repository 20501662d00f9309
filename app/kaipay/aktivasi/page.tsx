import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { activationState } from '@/lib/kaipay/activation';
import { sandboxEnabled } from '@/lib/notify/inbox';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { FormMessage } from '@/components/ui/form-message';
import { StepIndicator } from '@/components/kaipay/step-indicator';
import { IdentityForm } from '@/components/kaipay/identity-form';
import { CodePinForm } from '@/components/kaipay/code-pin-form';
import { ResendControls } from '@/components/kaipay/resend-controls';
import { safeNext } from '@/lib/safe-next';
import { createPin, resendOtp, restart, sendIdentity, verifyOtp } from './actions';
import { lookup } from '@/lib/i18n/lookup';
import { formatWibDeadline } from '@/lib/dates';
import { now } from '@/lib/clock';

export const dynamic = 'force-dynamic';

type Search = Promise<{ sent?: string; fallback?: string; error?: string; next?: string }>;

export default async function ActivationPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser('/kaipay/aktivasi');
  const { t, locale } = await getI18n();
  const a = t.kaipay.activation;
  const state = await activationState(user.id);
  const params = await searchParams;
  // Where to go once active (e.g. back to a checkout); only same-site paths.
  const next = params.next && safeNext(params.next) !== '/' ? safeNext(params.next) : '';
  const carry: Record<string, string> = next ? { next } : {};
  if (state.step === 'active') redirect(next || '/kaipay');
  const errors = { ...t.errors, ...t.kaipay.errors };
  const current = { identity: 0, otp: 1, pin: 2 }[state.step];
  const notice = params.error ? lookup(errors as Record<string, string>, params.error) : undefined;
  const sent =
    params.sent === 'sms' && params.fallback === '1'
      ? a.sentFallback
      : params.sent === 'sms' || params.sent === 'whatsapp'
        ? a.sentVia[params.sent]
        : undefined;
  // Locked or out of sends: no countdown that ends in a refusal, just when to try again.
  const block = state.step === 'otp' ? state.block : null;
  const blockText =
    block &&
    (block.reason === 'locked' ? a.lockedUntil : a.sendLimitUntil)(
      formatWibDeadline(block.until, now(), locale),
    );
  return (
    <div className="mx-auto grid max-w-xl gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{a.title}</h1>
      <StepIndicator steps={a.steps} current={current} label={a.progress} />
      <section className="card grid gap-4" aria-labelledby="step-heading">
        <h2 id="step-heading" className="text-lg font-semibold">
          {a.steps[current]}
        </h2>
        {state.step === 'identity' && (
          <>
            <p className="text-slate-700">{a.identityLead}</p>
            <IdentityForm
              action={sendIdentity}
              hidden={carry}
              prefill={state.prefill}
              errors={errors}
              labels={{
                fullName: a.fullName,
                nik: a.nik,
                birthDate: a.birthDate,
                phone: a.phone,
                email: a.email,
                phoneHint: a.phoneHint,
                submit: a.sendOtp,
                busy: a.sending,
              }}
              consentLabels={{
                channel: a.channel,
                whatsapp: a.whatsapp,
                sms: a.sms,
                channelHint: a.channelHint,
                disclosureTitle: a.disclosureTitle,
                disclosure: a.disclosure,
                termsTitle: a.termsTitle,
                terms: a.terms,
                consent: a.consent,
              }}
            />
          </>
        )}
        {state.step === 'otp' && (
          <>
            {blockText ? (
              <div data-testid="otp-blocked">
                <FormMessage tone="error">{blockText}</FormMessage>
              </div>
            ) : notice ? (
              <FormMessage tone="error">{notice}</FormMessage>
            ) : (
              <FormMessage tone="success">{sent}</FormMessage>
            )}
            {block?.reason !== 'locked' && (
              <>
                <p className="text-slate-700">{a.otpLead(state.phoneMasked)}</p>
                <CodePinForm
                  action={verifyOtp}
                  hidden={carry}
                  errors={errors}
                  fields={[{ name: 'code', label: a.code, autoFocus: true }]}
                  labels={{ submit: a.verify, busy: a.verifying }}
                />
              </>
            )}
            {!block && (
              <ResendControls
                key={state.resendInSeconds}
                action={resendOtp}
                hidden={carry}
                waitSeconds={state.resendInSeconds}
                labels={{ resend: a.resend, resendSms: a.resendSms, waiting: a.resendIn }}
              />
            )}
            <form action={restart}>
              <HiddenFields values={carry} />
              <button type="submit" className="link text-sm">
                {a.restart}
              </button>
            </form>
            {sandboxEnabled() && (
              <Link
                href={`/sandbox/inbox?phone=${encodeURIComponent(state.phone)}`}
                className="link text-sm"
                target="_blank"
              >
                {a.inbox}
              </Link>
            )}
          </>
        )}
        {state.step === 'pin' && (
          <>
            <p className="text-slate-700">{a.pinLead}</p>
            <CodePinForm
              action={createPin}
              hidden={carry}
              errors={errors}
              labels={{ submit: a.savePin, busy: a.saving }}
              fields={[
                { name: 'pin', label: a.pin, hint: a.pinHint, autoFocus: true },
                { name: 'pinConfirm', label: a.pinConfirm },
              ]}
            />
          </>
        )}
      </section>
    </div>
  );
}
