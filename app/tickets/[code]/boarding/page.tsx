import { notFound, redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { ownTickets } from '@/lib/tickets/queries';
import { qrSvg } from '@/lib/tickets/qr';
import { formatServiceDate, formatWibTime, wibDate } from '@/lib/dates';
import { TicketCard } from '@/components/tickets/ticket-card';

export const dynamic = 'force-dynamic';

/** The e-boarding pass: the tickets' QR codes once the pass was opened (from 2 h before departure). */
export default async function BoardingPassPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(`/tickets/${encodeURIComponent(code)}/boarding`);
  const data = ownTickets(user.id, code);
  if (!data) notFound();
  if (!data.tickets.some((tk) => tk.boardingPassAt !== null))
    redirect(`/tickets/${data.booking.code}`);
  const { t, locale } = await getI18n();
  const k = t.checkout.tickets;
  const b = data.booking;
  const qrs = await Promise.all(data.tickets.map((tk) => qrSvg(tk.payload)));
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">
        {k.boardingTitle} · <span className="font-mono">{b.code}</span>
      </h1>
      <p className="font-semibold">{k.boardingNote}</p>
      {data.tickets.map((tk, i) => (
        <TicketCard
          key={tk.number}
          t={t}
          ticket={tk}
          qr={qrs[i]!}
          trip={b}
          date={formatServiceDate(wibDate(b.departsAt), locale)}
          departs={formatWibTime(b.departsAt)}
          arrives={formatWibTime(b.arrivesAt)}
        />
      ))}
    </div>
  );
}
