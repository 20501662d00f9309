import { notFound } from 'next/navigation';
import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { stationByCode } from '@/lib/admin/stations';
import { ActionForm } from '@/components/admin/action-form';
import { editStation, removeStation } from '../actions';

export default async function StationPage({ params }: { params: Promise<{ code: string }> }) {
  await requireAdmin();
  const { t } = await getI18n();
  const s = t.admin.stations;
  const c = t.admin.common;
  const station = await stationByCode((await params).code);
  if (!station) notFound();
  return (
    <>
      <Link href="/admin/stasiun" className="link">
        ← {c.back}
      </Link>
      <h1 className="text-2xl font-bold text-kai-navy">{s.editTitle(station.code)}</h1>
      <section className="card">
        <ActionForm
          action={editStation}
          errors={t.admin.errors}
          columns={2}
          submit={{ label: c.save, busy: c.saving }}
          fields={[
            { name: 'code', label: c.code, type: 'hidden', defaultValue: station.code },
            { name: 'name', label: c.name, defaultValue: station.name, required: true },
            { name: 'city', label: c.city, defaultValue: station.city, required: true },
          ]}
        />
      </section>
      <section className="card grid gap-2" aria-labelledby="delete-station">
        <h2 id="delete-station" className="font-semibold">
          {c.delete}
        </h2>
        <ActionForm
          action={removeStation}
          errors={t.admin.errors}
          submit={{ label: c.delete, busy: c.saving, danger: true }}
          fields={[{ name: 'code', label: c.code, type: 'hidden', defaultValue: station.code }]}
        />
      </section>
    </>
  );
}
