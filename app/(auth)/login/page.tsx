import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { currentUser } from '@/lib/auth/session';
import { LoginForm } from '@/components/auth/login-form';
import { FormMessage } from '@/components/ui/form-message';
import { safeNext } from '@/lib/safe-next';
import { login } from '../actions';

export const dynamic = 'force-dynamic';

type Search = Promise<{ next?: string; loggedOut?: string; changed?: string }>;

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const next = safeNext(params.next ?? '/');
  if (await currentUser()) redirect(next);
  const { t } = await getI18n();
  return (
    <div className="mx-auto grid max-w-md gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{t.auth.loginTitle}</h1>
      <p className="text-slate-700">{t.auth.loginLead}</p>
      {params.loggedOut && <FormMessage tone="info">{t.auth.loggedOut}</FormMessage>}
      {params.changed && <FormMessage tone="success">{t.auth.passwordChanged}</FormMessage>}
      <div className="card">
        <LoginForm
          action={login}
          next={next}
          errors={t.errors}
          labels={{
            identifier: t.auth.identifier,
            password: t.auth.password,
            submit: t.auth.loginSubmit,
            busy: t.common.loading,
          }}
        />
      </div>
      <p className="text-sm">
        {t.auth.noAccount}{' '}
        <Link href="/register" className="link">
          {t.nav.register}
        </Link>
      </p>
    </div>
  );
}
