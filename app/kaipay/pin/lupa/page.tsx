import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { pinResetInfo } from '@/lib/kaipay/pin-care';
import { FormMessage } from '@/components/ui/form-message';
import { CodePinForm } from '@/components/kaipay/code-pin-form';
import { ResendControls } from '@/components/kaipay/resend-controls';
import { resetPinWithOtp } from '../actions';
import { sendResetOtp } from './actions';
import { lookup } from '@/lib/i18n/lookup';

export const dynamic = 'force-dynamic';

type Search = Promise<{ sent?: string; error?: string }>;

export default async function ForgotPinPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser('/kaipay/pin/lupa');
  const info = pinResetInfo(user.id);
  if (!info) redirect('/kaipay');
  const { t } = await getI18n();
  const p = t.kaipay.pinPage;
  const a = t.kaipay.activation;
  const errors = { ...t.errors, ...t.kaipay.errors } as Record<string, string>;
  const params = await searchParams;
  const sent =
    params.sent === 'sms' || params.sent === 'whatsapp' ? a.sentVia[params.sent] : undefined;
  return (
    <div className="mx-auto grid max-w-md gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{p.forgotTitle}</h1>
      <section className="card grid gap-3">
        {params.error ? (
          <FormMessage tone="error">{lookup(errors, params.error) ?? errors.generic}</FormMessage>
        ) : (
          <FormMessage tone="success">{sent}</FormMessage>
        )}
        <p className="text-slate-700">{p.forgotLead(info.phoneMasked)}</p>
        <ResendControls
          key={info.resendInSeconds}
          action={sendResetOtp}
          waitSeconds={info.resendInSeconds}
          labels={{ resend: p.sendOtp, resendSms: a.resendSms, waiting: a.resendIn }}
        />
      </section>
      {sent && (
        <section className="card grid gap-3">
          <p className="text-slate-700">{p.resetLead}</p>
          <CodePinForm
            action={resetPinWithOtp}
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
      <Link href="/kaipay" className="link">
        {t.kaipay.back}
      </Link>
    </div>
  );
}
