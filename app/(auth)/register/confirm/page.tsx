import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { currentUser } from '@/lib/auth/session';
import { REGISTRATION_COOKIE, readCookie } from '@/lib/auth/cookies';
import { pendingPhoneHint } from '@/lib/auth/registration';
import { ConfirmCodeForm } from '@/components/auth/confirm-code-form';
import { confirmRegistration } from '../../actions';

export const dynamic = 'force-dynamic';

export default async function ConfirmRegistrationPage() {
  if (await currentUser()) redirect('/');
  // The same page for a new and an already registered email or phone: only the phone can tell.
  const phone = await pendingPhoneHint(await readCookie(REGISTRATION_COOKIE));
  if (!phone) redirect('/register');
  const { t } = await getI18n();
  const r = t.registration;
  return (
    <div className="mx-auto grid max-w-md gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{r.confirmTitle}</h1>
      <p className="text-slate-700">{r.confirmLead.replace('{phone}', phone)}</p>
      <div className="card">
        <ConfirmCodeForm
          action={confirmRegistration}
          errors={{ ...t.errors, ...r.errors }}
          labels={{ code: r.code, submit: r.submit, busy: t.common.loading }}
        />
      </div>
      <p className="text-sm">
        <Link href="/register" className="link">
          {r.restart}
        </Link>
      </p>
    </div>
  );
}
