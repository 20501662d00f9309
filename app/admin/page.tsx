import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { formatRupiah } from '@/lib/money';
import { adminOverview, dailySeries, occupancyNext7Days, todayFigures } from '@/lib/admin/overview';
import { overviewAlerts } from '@/lib/admin/alerts';
import { BarChart } from '@/components/admin/bar-chart';
import { TableFrame } from '@/components/admin/data-table';

const DAY = new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', day: 'numeric', month: 'short' });
const dayOf = (date: string) => (date ? DAY.format(new Date(`${date}T00:00:00Z`)) : '');
const count = (n: number) => n.toLocaleString('id-ID');

/** The operator's first screen: today in numbers, the last 30 days, what needs a person, load ahead. */
export default async function AdminHomePage() {
  await requireAdmin();
  const { t } = await getI18n();
  const a = t.admin;
  const o = a.overview;
  const today = await todayFigures();
  const series = await dailySeries(30);
  const alerts = await overviewAlerts();
  const occupancy = await occupancyNext7Days(30);
  const counts = await adminOverview();
  const tiles = [
    { label: o.ticketsSold, value: count(today.ticketsSold) },
    { label: o.revenue, value: formatRupiah(today.revenue) },
    { label: o.topUps, value: formatRupiah(today.topUps), sub: o.topUpCount(today.topUpCount) },
    { label: o.refunds, value: formatRupiah(today.refunds) },
    { label: o.activeWallets, value: count(today.activeWallets) },
  ];
  // The network at a glance (e2e/admin.spec.ts reads these tiles by their labels).
  const countTiles = [
    { label: a.counts.passengers, value: counts.passengers },
    { label: a.counts.trains, value: counts.trains },
    { label: a.counts.stations, value: counts.stations },
    { label: a.counts.tripsNext7, value: counts.tripsNext7Days },
  ];
  const chart = (name: string, points: typeof series.sales, color: string) => {
    const total = points.reduce((s, p) => s + p.value, 0);
    const top = points.reduce((m, p) => (p.value > m.value ? p : m), points[0]!);
    return (
      <BarChart
        title={name}
        points={points}
        color={color}
        label={o.chartLabel(name, formatRupiah(total), formatRupiah(top.value), dayOf(top.date))}
        format={formatRupiah}
        formatDay={dayOf}
        labels={{ showTable: o.showTable, date: o.date, amount: o.amount }}
      />
    );
  };
  return (
    <>
      <h1 className="text-2xl font-bold text-kai-navy">{a.title}</h1>
      <section aria-labelledby="today-heading" className="grid gap-3">
        <h2 id="today-heading" className="text-lg font-semibold">
          {o.today}
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-5">
          {tiles.map((tile) => (
            <div key={tile.label} className="card">
              <dt className="text-sm text-slate-700">{tile.label}</dt>
              <dd className="text-xl font-bold break-words text-kai-navy sm:text-2xl">
                {tile.value}
              </dd>
              {tile.sub && <dd className="text-xs text-slate-600">{tile.sub}</dd>}
            </div>
          ))}
        </dl>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {countTiles.map((tile) => (
            <div key={tile.label} className="card">
              <dt className="text-sm text-slate-700">{tile.label}</dt>
              <dd className="text-xl font-bold text-kai-navy">{count(tile.value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="alerts-heading" className="card grid gap-2">
        <h2 id="alerts-heading" className="text-lg font-semibold">
          {o.alerts}
        </h2>
        {alerts.length === 0 ? (
          <p className="text-sm">{o.noAlerts}</p>
        ) : (
          <ul className="grid gap-2">
            {alerts.map((al) => (
              <li
                key={al.kind}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm"
              >
                <span>
                  {o.alert[al.kind](al.count)}
                  {al.amount ? ` · ${formatRupiah(al.amount)}` : ''}
                </span>
                <Link href={al.href} className="link">
                  {o.open}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="charts-heading" className="grid gap-3">
        <h2 id="charts-heading" className="text-lg font-semibold">
          {o.charts}
        </h2>
        <div className="grid gap-3 md:grid-cols-3">
          {chart(o.sales, series.sales, '#1b2a6b')}
          {chart(o.topUps, series.topUps, '#047857')}
          {chart(o.refunds, series.refunds, '#c2410c')}
        </div>
      </section>
      <section aria-labelledby="occupancy-heading" className="grid gap-3">
        <h2 id="occupancy-heading" className="text-lg font-semibold">
          {o.occupancy}
        </h2>
        {occupancy.length === 0 ? (
          <p className="text-sm">{o.occupancyNone}</p>
        ) : (
          <TableFrame caption={o.occupancy}>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-2">
                  {t.admin.trains.number}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t.admin.common.name}
                </th>
                <th scope="col" className="px-2 py-2 text-right">
                  {o.tripsCount}
                </th>
                <th scope="col" className="px-2 py-2">
                  {o.occupancyShort}
                </th>
              </tr>
            </thead>
            <tbody>
              {occupancy.map((r) => {
                const pct = Math.round(r.occupancy * 100);
                return (
                  <tr key={r.trainId} className="border-t border-slate-100">
                    <td className="px-2 py-1">{r.number}</td>
                    <td className="px-2 py-1">{r.name}</td>
                    <td className="px-2 py-1 text-right">{r.trips}</td>
                    <td className="px-2 py-1">
                      <div className="flex items-center gap-2">
                        <div className="h-2 w-32 rounded bg-slate-200" aria-hidden="true">
                          <div className="h-2 rounded bg-kai-navy" style={{ width: `${pct}%` }} />
                        </div>
                        <span>{pct}%</span>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </TableFrame>
        )}
      </section>
    </>
  );
}
