import Link from 'next/link';
import type { Locale, Messages } from '@/lib/i18n';
import { LanguageSwitch } from './language-switch';

type Props = {
  t: Messages;
  locale: Locale;
  user: { name: string; role: string } | null;
  /** Server actions from app/, passed in so components never import app/. */
  logout: (form: FormData) => Promise<void>;
  setLocale: (form: FormData) => Promise<void>;
};

/** The header: brand, main navigation, language switch, and the login or logout control. */
export function SiteHeader({ t, locale, user, logout, setLocale }: Props) {
  const links = [
    { href: '/', label: t.nav.home },
    { href: '/tickets', label: t.nav.tickets },
    { href: '/kaipay', label: t.nav.kaipay },
    ...(user?.role === 'admin' ? [{ href: '/admin', label: t.nav.admin }] : []),
  ];
  return (
    <header className="bg-kai-navy text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-kai-navy"
      >
        {t.nav.skip}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          KAI Access <span className="text-kai-orange-light">Web</span>
        </Link>
        <div className="flex items-center gap-3">
          <LanguageSwitch locale={locale} label={t.nav.language} setLocale={setLocale} />
          {user ? (
            <form action={logout} className="flex items-center gap-2">
              <Link
                href="/account"
                className="max-w-32 truncate text-sm underline-offset-2 hover:underline"
                data-testid="user-name"
              >
                {user.name}
              </Link>
              <button
                type="submit"
                className="rounded border border-white/60 px-3 py-1.5 text-sm hover:bg-white/10"
              >
                {t.nav.logout}
              </button>
            </form>
          ) : (
            <Link
              href="/login"
              className="rounded border border-white/60 px-3 py-1.5 text-sm hover:bg-white/10"
            >
              {t.nav.login}
            </Link>
          )}
        </div>
        <nav aria-label={t.nav.menu} className="w-full">
          <ul className="flex gap-1 overflow-x-auto text-sm">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="block rounded px-3 py-2 hover:bg-white/10">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
