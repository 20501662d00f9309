import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { passengerDetail, walletLedger } from '@/lib/admin/passengers';
import { formatWibDateTime } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import { TableFrame } from '@/components/admin/data-table';

type Params = Promise<{ id: string }>;
type Search = Promise<{ page?: string }>;

/** A wallet's ledger entries, newest first, with the running balance after each. */
export default async function WalletLedgerPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  await requireAdmin();
  const id = Number((await params).id);
  const u = Number.isSafeInteger(id) && id > 0 ? await passengerDetail(id) : null;
  if (!u) notFound();
  const pageNumber = z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .catch(1)
    .parse((await searchParams).page);
  const ledger = await walletLedger(u.id, pageNumber);
  const { t, locale } = await getI18n();
  const m = t.adminMoney;
  const p = m.passengers;
  const pages = Math.max(1, Math.ceil(ledger.total / ledger.pageSize));
  const href = (n: number) => `/admin/penumpang/${u.id}/buku-besar${n > 1 ? `?page=${n}` : ''}`;
  return (
    <>
      <p>
        <Link href={`/admin/penumpang/${u.id}`} className="link">
          ← {u.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-kai-navy">{p.ledgerTitle(u.name)}</h1>
      <TableFrame caption={p.ledgerTitle(u.name)}>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-2">
              {m.bookings.when}
            </th>
            <th scope="col" className="px-2 py-2">
              {m.bookings.kind}
            </th>
            <th scope="col" className="px-2 py-2">
              {m.bookings.reference}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {m.bookings.amount}
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              {p.balanceAfter}
            </th>
          </tr>
        </thead>
        <tbody>
          {ledger.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <td className="px-2 py-1">{formatWibDateTime(r.createdAt, locale)}</td>
              <td className="px-2 py-1">{r.kind}</td>
              <td className="px-2 py-1">{r.reference}</td>
              <td
                className={`px-2 py-1 text-right ${r.amount < 0 ? 'text-red-700' : 'text-green-800'}`}
              >
                {r.amount < 0 ? '-' : '+'}
                {formatRupiah(Math.abs(r.amount))}
              </td>
              <td className="px-2 py-1 text-right">
                {r.balanceAfter === null ? '—' : formatRupiah(r.balanceAfter)}
              </td>
            </tr>
          ))}
          {ledger.rows.length === 0 && (
            <tr>
              <td colSpan={5} className="px-2 py-3">
                {t.admin.table.empty}
              </td>
            </tr>
          )}
        </tbody>
      </TableFrame>
      <nav aria-label={t.admin.table.pagination} className="flex gap-2">
        {pageNumber > 1 && (
          <Link href={href(pageNumber - 1)} className="btn-secondary" rel="prev">
            {t.admin.table.previous}
          </Link>
        )}
        <span className="self-center text-sm">
          {t.admin.table.page(Math.min(pageNumber, pages), pages)}
        </span>
        {pageNumber < pages && (
          <Link href={href(pageNumber + 1)} className="btn-secondary" rel="next">
            {t.admin.table.next}
          </Link>
        )}
      </nav>
    </>
  );
}
