import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

export default async function KaipayPage() {
  await requireUser('/kaipay');
  const { t } = await getI18n();
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{t.kaipay.title}</h1>
      <div className="card"><p>{t.kaipay.notActive}</p></div>
    </div>
  );
}
