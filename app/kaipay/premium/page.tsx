import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { walletSummary } from '@/lib/wallet/queries';
import { FormMessage } from '@/components/ui/form-message';
import { PremiumForm } from '@/components/kaipay/premium-form';
import { sentence } from '@/lib/i18n/lookup';

export const dynamic = 'force-dynamic';

type Search = Promise<{ sent?: string; error?: string; field?: string }>;

export default async function PremiumPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser('/kaipay/premium');
  const wallet = await walletSummary(user.id);
  if (wallet?.step !== 'active') redirect('/kaipay');
  const { t } = await getI18n();
  const p = t.kaipay.premiumPage;
  const errors = { ...t.errors, ...t.kaipay.errors } as Record<string, string>;
  const params = await searchParams;
  const message = params.error ? sentence(errors, params.error) : undefined;
  const field =
    params.field === 'idNumber' || params.field === 'idPhoto' || params.field === 'selfie'
      ? params.field
      : undefined;
  const kyc = wallet.kyc;
  return (
    <div className="mx-auto grid max-w-xl gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{p.title}</h1>
      <p className="text-slate-700">{p.lead}</p>
      {params.sent && <FormMessage tone="success">{p.submitted}</FormMessage>}
      {kyc && (
        <section className="card grid gap-1" aria-labelledby="kyc-status">
          <h2 id="kyc-status" className="font-semibold">
            {p.status}
          </h2>
          <p data-testid="kyc-status">{p.statuses[kyc.status]}</p>
          {kyc.status === 'rejected' && kyc.reason && (
            <p className="text-sm text-slate-700">
              {p.reason}: {kyc.reason}
            </p>
          )}
        </section>
      )}
      {wallet.tier === 'premium' && <FormMessage tone="info">{p.isPremium}</FormMessage>}
      {wallet.tier === 'regular' && kyc?.status !== 'pending' && (
        <section className="card grid gap-3">
          {message && !field && <FormMessage tone="error">{message}</FormMessage>}
          {kyc?.status === 'rejected' && <p className="text-sm">{p.again}</p>}
          <PremiumForm
            action="/kaipay/premium/kirim"
            idNumber=""
            errors={field && message ? { [field]: message } : {}}
            labels={{
              idNumber: p.idNumber,
              idPhoto: p.idPhoto,
              selfie: p.selfie,
              fileHint: p.fileHint,
              submit: p.submit,
              busy: p.sending,
            }}
          />
        </section>
      )}
      <Link href="/kaipay" className="link">
        {t.kaipay.back}
      </Link>
    </div>
  );
}
