import { formatRupiah } from '@/lib/money';
import { VA_FORMATS, type Channel, type VaBank } from '@/lib/payments/banks';
import { vaSteps } from '@/lib/payments/steps';
import type { FeeQuote } from '@/lib/payments/fees';
import type { Messages } from '@/lib/i18n';
import { CopyButton } from '@/components/topup/copy-button';
import { StepList } from '@/components/topup/step-list';

type Props = {
  t: Messages;
  bank: VaBank;
  channel: Exclude<Channel, 'retail'>;
  number: string;
  fee: FeeQuote;
  min: number;
  max: number;
};

/** The passenger's VA at one bank: the number to copy, fee, limits and that bank's steps. */
export function VaDetails({ t, bank, channel, number, fee, min, max }: Props) {
  const p = t.topup;
  const { companyCode, name } = VA_FORMATS[bank];
  return (
    <section className="card grid gap-4" aria-labelledby="va-heading">
      <h2 id="va-heading" className="text-lg font-semibold">
        {name} · {p.methods[channel]}
      </h2>
      <div className="grid gap-1">
        <p className="text-sm text-slate-700">{p.vaLabel}</p>
        <p className="flex flex-wrap items-center gap-3">
          <span
            className="font-mono text-2xl font-bold tracking-wider text-kai-navy"
            data-testid="va-number"
          >
            {number}
          </span>
          <CopyButton value={number} label={p.copy} copiedLabel={p.copied} />
        </p>
        {bank === 'MANDIRI' && (
          <p className="text-sm">
            {p.companyCode}: <span className="font-mono">{companyCode}</span>
          </p>
        )}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt>{p.fee}</dt>
        <dd className={fee.promo ? 'font-semibold text-emerald-800' : ''} data-testid="topup-fee">
          {fee.promo && fee.fee === 0 ? p.feePromo(fee.promo) : formatRupiah(fee.fee)}
        </dd>
        <dt>{p.min}</dt>
        <dd>{formatRupiah(min)}</dd>
        <dt>{p.max}</dt>
        <dd>
          {formatRupiah(Math.max(0, max))}{' '}
          <span className="block text-xs text-slate-600">{p.maxHint}</span>
        </dd>
      </dl>
      <StepList title={p.steps} steps={vaSteps(bank, channel, number, companyCode)} />
    </section>
  );
}
