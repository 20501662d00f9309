import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { boardingPasses } from '@/lib/booking/boarding-passes';
import { boardingOpensAt } from '@/lib/booking/fees';
import { qrSvg } from '@/lib/tickets/qr';
import { formatServiceDate, formatWibArrival, formatWibTime, wibDate } from '@/lib/dates';
import { BoardingPass } from '@/components/tickets/boarding-pass';

export const dynamic = 'force-dynamic';

/**
 * The e-boarding pass: the signed QR codes, made only from when boarding opens (2 h before departure,
 * when cancel and Ubah Jadwal have ended) and only after the passenger opened the pass. Laid out for
 * the gate (BoardingPass), one per passenger and train.
 */
export default async function BoardingPassPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(`/tickets/${encodeURIComponent(code)}/boarding`);
  const data = await boardingPasses(user.id, code);
  if (!data.ok) {
    if (data.code === 'not_found') notFound();
    redirect(`/tickets/${encodeURIComponent(code)}?error=${data.code}`);
  }
  const b = data.booking;
  if (!data.passes.some((tk) => tk.boardingPassAt !== null)) redirect(`/tickets/${b.code}`);
  const { t, locale } = await getI18n();
  const k = t.checkout.tickets;
  const qrs = await Promise.all(
    data.passes.map(async (tk) => (tk.payload ? qrSvg(tk.payload) : null)),
  );
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <h1 className="text-2xl font-bold text-black">
        {k.boardingTitle} · <span className="font-mono">{b.code}</span>
      </h1>
      <p className="text-lg font-semibold text-black">{t.checkout.journey.gateReady}</p>
      {data.passes.map((tk, i) => {
        // A direct booking is its own row (departs_at as booked); a connection's trains are its legs.
        const leg = b.legs.length > 1 ? (b.legs.find((l) => l.leg === tk.leg) ?? b) : b;
        return (
          <BoardingPass
            key={tk.number}
            t={t}
            ticket={tk}
            pass={tk.payload ? { payload: tk.payload, qr: qrs[i]! } : { revoked: true }}
            train={`${leg.trainName} (${t.booking.results.trainNo} ${leg.trainNumber})`}
            date={formatServiceDate(wibDate(leg.departsAt), locale)}
            from={{
              name: leg.originName,
              code: leg.originCode,
              time: formatWibTime(leg.departsAt),
            }}
            to={{
              name: leg.destinationName,
              code: leg.destinationCode,
              time: formatWibArrival(leg.arrivesAt, leg.departsAt, locale),
            }}
            window={{
              opens: formatWibTime(boardingOpensAt(b.departsAt)),
              closes: formatWibTime(leg.departsAt),
            }}
          />
        );
      })}
      <Link href={`/tickets/${b.code}`} className="link">
        {k.title}
      </Link>
    </div>
  );
}
