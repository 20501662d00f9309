import { getI18n } from '@/lib/i18n';

export default async function Loading() {
  const { t } = await getI18n();
  return <p role="status" className="text-slate-700">{t.common.loading}</p>;
}
