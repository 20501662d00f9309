import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { formatWibTime } from '@/lib/dates';
import { walletHistory, walletSummary } from '@/lib/wallet/queries';
import { now } from '@/lib/clock';
import { formatRupiah } from '@/lib/money';
import { FormMessage } from '@/components/ui/form-message';
import { WalletCard } from '@/components/kaipay/wallet-card';
import { ActionGrid } from '@/components/kaipay/action-grid';

export const dynamic = 'force-dynamic';

export default async function KaipayPage({
  searchParams,
}: {
  searchParams: Promise<{ activated?: string }>;
}) {
  const user = await requireUser('/kaipay');
  const { t } = await getI18n();
  const k = t.kaipay;
  const wallet = await walletSummary(user.id);
  const { activated } = await searchParams;
  if (!wallet || wallet.step !== 'active') {
    return (
      <div className="mx-auto grid max-w-xl gap-4">
        <h1 className="text-2xl font-bold text-kai-navy">{k.title}</h1>
        <div className="card grid gap-3">
          <p className="font-semibold">{wallet ? k.inProgress : k.notActive}</p>
          <p className="text-slate-700">{k.notActiveLead}</p>
          <Link href="/kaipay/aktivasi" className="btn-primary w-full sm:w-auto">
            {wallet ? k.continueActivation : k.activate}
          </Link>
        </div>
      </div>
    );
  }
  const items = [
    { href: '/kaipay/isi-saldo', label: k.topUp, icon: 'plus' as const },
    { href: '/kaipay/riwayat', label: k.history, icon: 'list' as const },
    { href: '/kaipay/pin', label: k.changePin, icon: 'dots' as const },
    { href: '/kaipay/pin/lupa', label: k.forgotPin, icon: 'help' as const },
    ...(wallet.tier === 'regular'
      ? [{ href: '/kaipay/premium', label: k.premium, icon: 'star' as const }]
      : []),
  ];
  // Money from a bank arrives while the passenger is away in the bank's app: coming back, the
  // latest top-up credited in the last 15 minutes is what tells them it landed.
  const latest = (await walletHistory(user.id, 'topup', 1)).rows[0];
  const landed = latest && latest.createdAt > now() - 15 * 60_000 ? latest : undefined;
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{k.title}</h1>
      {activated && <FormMessage tone="success">{k.activated}</FormMessage>}
      {landed && (
        <div data-testid="topup-landed">
          <FormMessage tone="success">
            {t.checkout.receipt.topupLanded(
              formatRupiah(landed.amount),
              formatWibTime(landed.createdAt),
              formatRupiah(landed.balanceAfter),
            )}
          </FormMessage>
        </div>
      )}
      {wallet.lockedUntil && (
        <FormMessage tone="error">{k.lockedUntil(formatWibTime(wallet.lockedUntil))}</FormMessage>
      )}
      <WalletCard
        balance={wallet.balance}
        tierLabel={k.tiers[wallet.tier]}
        maxBalance={wallet.maxBalance}
        monthIn={wallet.monthIn}
        monthlyInLimit={wallet.monthlyInLimit}
        labels={{
          balance: k.balance,
          tier: k.tier,
          maxBalance: k.maxBalance,
          incoming: k.incoming,
          incomingOf: k.incomingOf,
        }}
      />
      {wallet.kyc && wallet.kyc.status !== 'approved' && wallet.tier === 'regular' && (
        <FormMessage tone="info">{k.premiumStatus[wallet.kyc.status]}</FormMessage>
      )}
      <ActionGrid label={k.menu} items={items} />
    </div>
  );
}
