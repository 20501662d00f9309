import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { walletSummary } from '@/lib/wallet/queries';
import { CodePinForm } from '@/components/kaipay/code-pin-form';
import { updatePin } from './actions';

export const dynamic = 'force-dynamic';

export default async function ChangePinPage() {
  const user = await requireUser('/kaipay/pin');
  if ((await walletSummary(user.id))?.step !== 'active') redirect('/kaipay');
  const { t } = await getI18n();
  const p = t.kaipay.pinPage;
  return (
    <div className="mx-auto grid max-w-md gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{p.changeTitle}</h1>
      <section className="card">
        <CodePinForm
          action={updatePin}
          errors={{ ...t.errors, ...t.kaipay.errors }}
          success={{ changed: p.changed }}
          labels={{ submit: p.save, busy: p.saving }}
          fields={[
            { name: 'oldPin', label: p.oldPin },
            { name: 'pin', label: p.newPin, hint: t.kaipay.activation.pinHint },
            { name: 'pinConfirm', label: p.confirm },
          ]}
        />
      </section>
      <Link href="/kaipay/pin/lupa" className="link">
        {p.forgotLink}
      </Link>
      <Link href="/kaipay" className="link">
        {t.kaipay.back}
      </Link>
    </div>
  );
}
