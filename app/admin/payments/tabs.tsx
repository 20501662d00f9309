import Link from 'next/link';
import type { Messages } from '@/lib/i18n';

/** The payment sections as links (each its own page, so a view can be bookmarked). */
export function PaymentTabs({ t, current }: { t: Messages; current: string }) {
  const s = t.adminMoney.payments.tabs;
  const tabs = [
    ['/admin/payments', s.overview],
    ['/admin/payments/notifikasi', s.notifications],
    ['/admin/payments/dana-masuk', s.moneyIn],
    ['/admin/payments/akun', s.accounts],
    ['/admin/payments/refund', s.refunds],
  ] as const;
  return (
    <nav aria-label={s.label}>
      <ul className="flex flex-wrap gap-2">
        {tabs.map(([href, label]) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={href === current ? 'page' : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border px-3 text-sm ${href === current ? 'border-kai-navy bg-kai-navy text-white' : 'border-slate-300 text-kai-navy'}`}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
