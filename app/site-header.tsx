import { getI18n } from '@/lib/i18n';
import { currentUser } from '@/lib/auth/session';
import { SiteHeader as Header } from '@/components/layout/site-header';
import { logout } from './actions/session';
import { setLocale } from './actions/preferences';

/** The shell's header with what it reads (language, the signed-in user) and its two actions. */
export async function SiteHeader() {
  const [{ t, locale }, user] = await Promise.all([getI18n(), currentUser()]);
  return <Header t={t} locale={locale} user={user} logout={logout} setLocale={setLocale} />;
}
