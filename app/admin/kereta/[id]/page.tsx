import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { layouts, trainDetail } from '@/lib/admin/trains';
import { formatStops } from '@/lib/admin/train-stops';
import { formatCoaches } from '@/lib/admin/train-coaches';
import { ActionForm } from '@/components/admin/action-form';
import { FormMessage } from '@/components/ui/form-message';
import { TableFrame } from '@/components/admin/data-table';
import { editCoaches, editStops, editTrain } from '../actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function TrainPage({ params, searchParams }: Props) {
  await requireAdmin();
  const { t } = await getI18n();
  const k = t.admin.trains;
  const c = t.admin.common;
  const id = Number((await params).id);
  const detail = Number.isSafeInteger(id) && id > 0 ? await trainDetail(id) : null;
  if (!detail) notFound();
  const { train, stops, coaches, sold } = detail;
  const hidden = {
    name: 'trainId',
    label: '',
    type: 'hidden' as const,
    defaultValue: String(train.id),
  };
  return (
    <>
      <Link href="/admin/kereta" className="link">
        ← {c.back}
      </Link>
      <h1 className="text-2xl font-bold text-kai-navy">
        {k.detailTitle(train.number, train.name)}
      </h1>
      {(await searchParams).created && <FormMessage tone="success">{k.created}</FormMessage>}
      {sold > 0 && <FormMessage tone="info">{k.sold(sold)}</FormMessage>}
      <section className="card grid gap-3" aria-labelledby="train-details">
        <h2 id="train-details" className="text-lg font-semibold">
          {k.details}
        </h2>
        <ActionForm
          action={editTrain}
          errors={t.admin.errors}
          columns={2}
          submit={{ label: c.save, busy: c.saving }}
          fields={[
            hidden,
            { name: 'name', label: c.name, defaultValue: train.name, required: true },
            {
              name: 'active',
              label: k.status,
              type: 'select',
              defaultValue: train.active ? '1' : '0',
              options: [
                { value: '1', label: k.active },
                { value: '0', label: k.inactive },
              ],
            },
          ]}
        />
      </section>
      <section className="card grid gap-3" aria-labelledby="train-stops">
        <h2 id="train-stops" className="text-lg font-semibold">
          {k.stops}
        </h2>
        <ActionForm
          action={editStops}
          errors={t.admin.errors}
          linePrefix={c.line}
          submit={{ label: k.saveStops, busy: c.saving }}
          fields={[
            hidden,
            {
              name: 'stops',
              label: k.stops,
              type: 'textarea',
              hint: k.stopsHint,
              rows: Math.max(4, stops.length + 1),
              defaultValue: formatStops(stops),
            },
          ]}
        />
      </section>
      <section className="card grid gap-3" aria-labelledby="train-coaches">
        <h2 id="train-coaches" className="text-lg font-semibold">
          {k.coaches}
        </h2>
        <ActionForm
          action={editCoaches}
          errors={t.admin.errors}
          linePrefix={c.line}
          submit={{ label: k.saveCoaches, busy: c.saving }}
          fields={[
            hidden,
            {
              name: 'coaches',
              label: k.coaches,
              type: 'textarea',
              hint: k.coachesHint,
              rows: Math.max(3, coaches.length + 1),
              defaultValue: formatCoaches(coaches),
            },
          ]}
        />
        <h3 className="font-semibold">{k.layouts}</h3>
        <TableFrame caption={k.layouts}>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-2">
                {c.code}
              </th>
              <th scope="col" className="px-2 py-2">
                {t.admin.fares.seatClass}
              </th>
              <th scope="col" className="px-2 py-2">
                {k.pattern}
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                {k.seats}
              </th>
            </tr>
          </thead>
          <tbody>
            {(await layouts()).map((l) => (
              <tr key={l.code} className="border-t border-slate-100">
                <td className="px-2 py-1 font-mono">{l.code}</td>
                <td className="px-2 py-1">{l.seatClass}</td>
                <td className="px-2 py-1">{l.pattern}</td>
                <td className="px-2 py-1 text-right">{l.seatCount}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      </section>
    </>
  );
}
