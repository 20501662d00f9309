import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { logoutEverywhere } from '@/app/actions/session';
import { updatePassword } from './actions';

export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const user = await requireUser('/account');
  const { t } = await getI18n();
  return (
    <div className="mx-auto grid max-w-md gap-6">
      <h1 className="text-2xl font-bold text-kai-navy">{t.account.title}</h1>
      <p>
        {t.auth.welcome}, <strong>{user.name}</strong>
      </p>
      <section className="card grid gap-3" aria-labelledby="pw-heading">
        <h2 id="pw-heading" className="text-lg font-semibold">
          {t.account.changePassword}
        </h2>
        <ChangePasswordForm
          action={updatePassword}
          errors={t.errors}
          labels={{
            current: t.account.currentPassword,
            next: t.account.newPassword,
            hint: t.auth.passwordHint,
            submit: t.account.save,
            busy: t.common.loading,
          }}
        />
      </section>
      <section className="card grid gap-2" aria-labelledby="token-heading">
        <h2 id="token-heading" className="text-lg font-semibold">
          {t.kaipay.tokensPage.title}
        </h2>
        <p className="text-sm text-slate-700">{t.kaipay.tokensPage.accountLead}</p>
        <Link href="/account/token" className="btn-secondary justify-self-start">
          {t.kaipay.tokensPage.manage}
        </Link>
      </section>
      <form action={logoutEverywhere} className="card grid gap-2">
        <p className="text-sm text-slate-700">{t.account.logoutEverywhereHint}</p>
        <button type="submit" className="btn-secondary">
          {t.account.logoutEverywhere}
        </button>
      </form>
    </div>
  );
}
