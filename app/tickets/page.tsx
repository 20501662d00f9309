import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

export default async function TicketsPage() {
  await requireUser('/tickets');
  const { t } = await getI18n();
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{t.tickets.title}</h1>
      <div className="card grid justify-items-start gap-3">
        <p>{t.tickets.empty}</p>
        <Link href="/" className="btn-primary">{t.tickets.searchCta}</Link>
      </div>
    </div>
  );
}
