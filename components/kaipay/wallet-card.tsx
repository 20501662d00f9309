import { formatRupiah } from '@/lib/money';

type Props = {
  balance: number;
  tierLabel: string;
  maxBalance: number;
  monthIn: number;
  monthlyInLimit: number;
  labels: {
    balance: string;
    tier: string;
    maxBalance: (a: string) => string;
    incoming: string;
    incomingOf: (u: string, l: string) => string;
  };
};

/** Balance, tier and this month's incoming money against its limit. */
export function WalletCard({
  balance,
  tierLabel,
  maxBalance,
  monthIn,
  monthlyInLimit,
  labels,
}: Props) {
  const used = Math.min(100, Math.round((monthIn / monthlyInLimit) * 100));
  return (
    <section
      className="card grid gap-4 bg-gradient-to-br from-kai-navy to-indigo-900 text-white"
      aria-label={labels.balance}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-sm text-white/80">{labels.balance}</p>
          <p className="text-3xl font-bold" data-testid="kaipay-balance">
            {formatRupiah(balance)}
          </p>
          <p className="text-xs text-white/80">{labels.maxBalance(formatRupiah(maxBalance))}</p>
        </div>
        <p className="rounded-full bg-white/15 px-3 py-1 text-sm">
          <span className="sr-only">{labels.tier}: </span>
          <span data-testid="kaipay-tier">{tierLabel}</span>
        </p>
      </div>
      <div className="grid gap-1">
        <p className="text-sm text-white/90">{labels.incoming}</p>
        <div
          className="h-2 overflow-hidden rounded-full bg-white/20"
          role="progressbar"
          aria-label={labels.incoming}
          aria-valuemin={0}
          aria-valuemax={monthlyInLimit}
          aria-valuenow={monthIn}
          aria-valuetext={labels.incomingOf(formatRupiah(monthIn), formatRupiah(monthlyInLimit))}
        >
          <div className="h-full bg-kai-orange-light" style={{ width: `${used}%` }} />
        </div>
        <p className="text-xs text-white/80" data-testid="kaipay-incoming">
          {labels.incomingOf(formatRupiah(monthIn), formatRupiah(monthlyInLimit))}
        </p>
      </div>
    </section>
  );
}
