import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { now } from '@/lib/clock';
import { addDays, wibDate } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import { PAYMENT_BANKS } from '@/db/sqlite/schema/payments';
import { currentSettings, promoWindows } from '@/lib/admin/settings';
import { ActionForm, type FieldSpec } from '@/components/admin/action-form';
import { TableFrame } from '@/components/admin/data-table';
import { createPromo, saveSettings, stopPromo } from './actions';
import { formatWibStamp } from '@/lib/dates';

/** Settings read fresh from the database; saving them asks for the password again. */
export default async function SettingsPage() {
  await requireAdmin();
  const { t } = await getI18n();
  const s = t.admin.settings;
  const c = t.admin.common;
  const v = await currentSettings();
  const reauth = { label: c.adminPassword, hint: c.adminPasswordHint };
  const num = (name: keyof typeof v, label: string, hint?: string): FieldSpec => ({
    name,
    label,
    hint,
    defaultValue: String(v[name]),
    inputMode: 'numeric',
    required: true,
  });
  const at = now();
  const today = wibDate(at);
  const promos = await promoWindows();
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{s.title}</h1>
      <section className="card grid gap-3" aria-labelledby="settings-form">
        <h2 id="settings-form" className="sr-only">
          {s.title}
        </h2>
        <ActionForm
          action={saveSettings}
          errors={t.admin.errors}
          columns={2}
          reauth={reauth}
          submit={{ label: c.save, busy: c.saving }}
          fields={[
            num('holdMinutes', s.holdMinutes, s.holdMinutesHint),
            {
              name: 'minClientVersion',
              label: s.minClientVersion,
              hint: s.minClientVersionHint,
              defaultValue: v.minClientVersion,
              required: true,
            },
            num('regularMaxBalance', s.regularMaxBalance),
            num('regularMonthlyIn', s.regularMonthlyIn),
            num('premiumMaxBalance', s.premiumMaxBalance),
            num('premiumMonthlyIn', s.premiumMonthlyIn),
            ...PAYMENT_BANKS.map((b) => num(`fee_${b}`, s.fee(b))),
          ]}
        />
      </section>
      <section className="grid gap-3" aria-labelledby="promos">
        <h2 id="promos" className="text-lg font-semibold">
          {s.promos}
        </h2>
        {promos.length === 0 ? (
          <p className="card">{s.noPromos}</p>
        ) : (
          <TableFrame caption={s.promos}>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-2">
                  {s.promoName}
                </th>
                <th scope="col" className="px-2 py-2">
                  {s.promoFrom}
                </th>
                <th scope="col" className="px-2 py-2">
                  {s.promoTo}
                </th>
                <th scope="col" className="px-2 py-2 text-right">
                  {s.promoFee}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t.admin.trains.status}
                </th>
              </tr>
            </thead>
            <tbody>
              {promos.map((p) => (
                <tr key={p.id} className="border-t border-slate-100">
                  <td className="px-2 py-1">{p.name}</td>
                  <td className="px-2 py-1">{formatWibStamp(p.startsAt)}</td>
                  <td className="px-2 py-1">{formatWibStamp(p.endsAt)}</td>
                  <td className="px-2 py-1 text-right">{formatRupiah(p.fee)}</td>
                  <td className="px-2 py-1">
                    {p.endsAt <= at
                      ? s.promoEnded
                      : p.startsAt > at
                        ? s.promoUpcoming
                        : s.promoRunning}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        )}
        {promos.some((p) => p.endsAt > at) && (
          <div className="card grid gap-3">
            <h3 className="font-semibold">{s.promoEnd}</h3>
            <ActionForm
              action={stopPromo}
              errors={t.admin.errors}
              reauth={reauth}
              submit={{ label: s.promoEnd, busy: c.saving, danger: true }}
              fields={[
                {
                  name: 'promoId',
                  label: s.promoName,
                  type: 'select',
                  options: promos
                    .filter((p) => p.endsAt > at)
                    .map((p) => ({ value: String(p.id), label: p.name })),
                },
              ]}
            />
          </div>
        )}
        <div className="card grid gap-3">
          <h3 className="font-semibold">{s.promoAdd}</h3>
          <ActionForm
            action={createPromo}
            errors={t.admin.errors}
            columns={2}
            reauth={reauth}
            submit={{ label: s.promoAdd, busy: c.adding }}
            fields={[
              { name: 'name', label: s.promoName, required: true },
              { name: 'fee', label: s.promoFee, defaultValue: '0', inputMode: 'numeric' },
              { name: 'startsOn', label: s.promoFrom, type: 'date', defaultValue: today },
              { name: 'endsOn', label: s.promoTo, type: 'date', defaultValue: addDays(today, 30) },
            ]}
          />
        </div>
      </section>
    </>
  );
}
