import { requireAdmin } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n';
import { AdminNav } from '@/components/admin/admin-nav';

export const dynamic = 'force-dynamic';

/**
 * Every admin page sits behind this check (anyone else gets a 404); pages, actions and export
 * routes check again themselves.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  const { t } = await getI18n();
  const n = t.admin.nav;
  return (
    <div className="grid gap-6">
      <AdminNav
        label={n.label}
        links={[
          { href: '/admin', label: n.overview },
          { href: '/admin/perjalanan', label: n.trips },
          { href: '/admin/kereta', label: n.trains },
          { href: '/admin/stasiun', label: n.stations },
          { href: '/admin/tarif', label: n.fares },
          { href: '/admin/pengaturan', label: n.settings },
          { href: '/admin/audit', label: n.audit },
          { href: '/admin/pemesanan', label: t.adminMoney.nav.bookings },
          { href: '/admin/penumpang', label: t.adminMoney.nav.passengers },
          { href: '/admin/payments', label: n.payments },
          { href: '/admin/rekonsiliasi', label: t.adminMoney.nav.reconciliation },
          { href: '/admin/kaipay', label: n.kaipay },
        ]}
      />
      {children}
    </div>
  );
}
