import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { currentUser } from '@/lib/auth/session';
import { RegisterForm } from '@/components/auth/register-form';
import { register } from '../actions';

export const dynamic = 'force-dynamic';

export default async function RegisterPage() {
  if (await currentUser()) redirect('/');
  const { t } = await getI18n();
  const a = t.auth;
  return (
    <div className="mx-auto grid max-w-2xl gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{a.registerTitle}</h1>
      <p className="text-slate-700">{a.registerLead}</p>
      <div className="card">
        <RegisterForm
          action={register}
          errors={{ ...t.errors, rate_limited: t.registration.errors.rate_limited }}
          labels={{
            fullName: a.fullName,
            email: a.email,
            phone: a.phone,
            nik: a.nik,
            birthDate: a.birthDate,
            password: a.password,
            passwordHint: a.passwordHint,
            submit: a.registerSubmit,
            busy: t.common.loading,
            errorsTitle: t.common.checkForm,
          }}
        />
      </div>
      <p className="text-sm">
        {a.haveAccount}{' '}
        <Link href="/login" className="link">
          {t.nav.login}
        </Link>
      </p>
    </div>
  );
}
