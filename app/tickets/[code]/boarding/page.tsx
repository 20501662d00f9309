import { notFound, redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { boardingPasses } from '@/lib/tickets/boarding';
import { qrSvg } from '@/lib/tickets/qr';
import { formatServiceDate, formatWibTime, wibDate } from '@/lib/dates';
import { TicketCard } from '@/components/tickets/ticket-card';

export const dynamic = 'force-dynamic';

/**
 * The e-boarding pass: the signed QR codes, made only from when boarding opens (2 h before departure,
 * when cancel and Ubah Jadwal have ended) and only after the passenger opened the pass.
 */
export default async function BoardingPassPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(`/tickets/${encodeURIComponent(code)}/boarding`);
  const data = boardingPasses(user.id, code);
  if (!data.ok) {
    if (data.code === 'not_found') notFound();
    redirect(`/tickets/${encodeURIComponent(code)}?error=${data.code}`);
  }
  const b = data.booking;
  if (!data.passes.some((tk) => tk.boardingPassAt !== null)) redirect(`/tickets/${b.code}`);
  const { t, locale } = await getI18n();
  const k = t.checkout.tickets;
  const qrs = await Promise.all(data.passes.map((tk) => (tk.payload ? qrSvg(tk.payload) : null)));
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">
        {k.boardingTitle} · <span className="font-mono">{b.code}</span>
      </h1>
      <p className="font-semibold">{k.boardingNote}</p>
      {data.passes.map((tk, i) => (
        <TicketCard
          key={tk.number}
          t={t}
          ticket={tk}
          bookingCode={b.code}
          pass={tk.payload ? { payload: tk.payload, qr: qrs[i]! } : { revoked: true }}
          trip={b}
          date={formatServiceDate(wibDate(b.departsAt), locale)}
          departs={formatWibTime(b.departsAt)}
          arrives={formatWibTime(b.arrivesAt)}
        />
      ))}
    </div>
  );
}
