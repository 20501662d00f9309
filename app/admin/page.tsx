import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { adminOverview } from '@/lib/admin/overview';

export default async function AdminHomePage() {
  await requireAdmin();
  const { t } = await getI18n();
  const o = adminOverview();
  const tiles = [
    { label: t.admin.passengers, value: o.passengers },
    { label: t.admin.trains, value: o.trains },
    { label: t.admin.stations, value: o.stations },
    { label: t.admin.tripsNext7, value: o.tripsNext7Days },
  ];
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{t.admin.title}</h1>
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.label} className="card">
            <dt className="text-sm text-slate-700">{tile.label}</dt>
            <dd className="text-3xl font-bold text-kai-navy">
              {tile.value.toLocaleString('id-ID')}
            </dd>
          </div>
        ))}
      </dl>
      <nav aria-label={t.admin.title}>
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link href="/admin/kaipay" className="btn-secondary">
              {t.kaipay.admin.title}
            </Link>
          </li>
          <li>
            <Link href="/admin/payments" className="btn-secondary">
              {t.topup.admin.title}
            </Link>
          </li>
        </ul>
      </nav>
    </>
  );
}
