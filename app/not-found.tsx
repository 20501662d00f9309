import Link from 'next/link';
import { getI18n } from '@/lib/i18n';

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="grid justify-items-start gap-3">
      <h1 className="text-2xl font-bold text-kai-navy">404 · {t.common.notFound}</h1>
      <Link href="/" className="link">
        {t.common.backHome}
      </Link>
    </div>
  );
}
