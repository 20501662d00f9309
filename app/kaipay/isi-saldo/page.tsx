import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { walletSummary } from '@/lib/wallet/queries';
import {
  CHANNELS,
  isRetailOutlet,
  isVaBank,
  RETAIL_FORMATS,
  RETAIL_OUTLETS,
  VA_BANKS,
  VA_FORMATS,
  type Channel,
} from '@/lib/payments/banks';
import { openVaOf } from '@/lib/payments/accounts';
import { sentence } from '@/lib/i18n/lookup';
import { FormMessage } from '@/components/ui/form-message';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { chooseTopUpBank } from './actions';
import { topUpFee } from '@/lib/payments/fees';
import { recentTopUps } from '@/lib/payments/queries';
import { numberSetting } from '@/lib/settings';
import { TopUpHistory } from '@/components/topup/topup-history';
import { VaDetails } from './va-details';
import { RetailSection } from './retail-section';

export const dynamic = 'force-dynamic';

type Search = Promise<{ method?: string; bank?: string; code?: string; error?: string }>;

/**
 * "Cara Isi Saldo": method, then bank, then the passenger's own VA number with that bank's steps.
 * The page only reads: choosing a bank posts a form whose action makes the VA the first time.
 */
export default async function TopUpPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser('/kaipay/isi-saldo');
  const { t, locale } = await getI18n();
  const p = t.topup;
  const wallet = await walletSummary(user.id);
  if (wallet?.step !== 'active') {
    return (
      <div className="mx-auto grid max-w-xl gap-4">
        <h1 className="text-2xl font-bold text-kai-navy">{p.title}</h1>
        <div className="card grid justify-items-start gap-3">
          <p>{p.needActive}</p>
          <Link href="/kaipay/aktivasi" className="btn-primary">
            {p.activate}
          </Link>
        </div>
      </div>
    );
  }
  const params = await searchParams;
  const method = (CHANNELS as readonly string[]).includes(params.method ?? '')
    ? (params.method as Channel)
    : undefined;
  const banks = method === 'retail' ? RETAIL_OUTLETS : VA_BANKS;
  const bank =
    method &&
    params.bank &&
    (method === 'retail' ? isRetailOutlet(params.bank) : isVaBank(params.bank))
      ? params.bank
      : undefined;
  const vaNumber = bank && isVaBank(bank) ? await openVaOf(user.id, bank) : null;
  // The fee and the smallest top-up shown beside an open VA number.
  const vaTerms =
    bank && isVaBank(bank) && vaNumber
      ? { fee: await topUpFee(bank), min: await numberSetting('topup_min') }
      : null;
  const history = await recentTopUps(user.id);
  const notice = params.error ? sentence(p.errors, params.error, t.errors.generic) : undefined;
  const link = (q: Record<string, string>) => `/kaipay/isi-saldo?${new URLSearchParams(q)}`;
  const tile = 'card block font-medium hover:border-kai-navy';
  return (
    <div className="mx-auto grid max-w-2xl gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{p.title}</h1>
      <nav aria-label={p.title} className="grid gap-2">
        <p className="text-slate-700">{p.lead}</p>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {CHANNELS.map((m) => (
            <li key={m}>
              <Link
                href={link({ method: m })}
                aria-current={m === method ? 'page' : undefined}
                className={`${tile} text-center ${m === method ? 'border-kai-navy bg-sky-50' : ''}`}
              >
                {p.methods[m]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {method && (
        <nav
          aria-label={method === 'retail' ? p.chooseOutlet : p.chooseBank}
          className="grid gap-2"
        >
          <h2 className="font-semibold">{method === 'retail' ? p.chooseOutlet : p.chooseBank}</h2>
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {banks.map((b) => (
              <li key={b}>
                {isVaBank(b) && method !== 'retail' ? (
                  <form action={chooseTopUpBank}>
                    <HiddenFields values={{ method, bank: b }} />
                    <button
                      type="submit"
                      aria-current={b === bank ? 'page' : undefined}
                      className={`${tile} w-full text-left ${b === bank ? 'border-kai-navy bg-sky-50' : ''}`}
                    >
                      {VA_FORMATS[b].name}
                    </button>
                  </form>
                ) : (
                  <Link
                    href={link({ method, bank: b })}
                    aria-current={b === bank ? 'page' : undefined}
                    className={`${tile} ${b === bank ? 'border-kai-navy bg-sky-50' : ''}`}
                  >
                    {RETAIL_FORMATS[b as 'INDOMARET'].name}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {notice && <FormMessage tone="error">{notice}</FormMessage>}
      {method && bank && isVaBank(bank) && method !== 'retail' && vaNumber && vaTerms && (
        <VaDetails
          t={t}
          bank={bank}
          channel={method}
          number={vaNumber}
          fee={vaTerms.fee}
          min={vaTerms.min}
          max={Math.min(wallet.maxBalance - wallet.balance, wallet.monthlyInLimit - wallet.monthIn)}
        />
      )}
      {method === 'retail' && bank && isRetailOutlet(bank) && (
        <RetailSection t={t} locale={locale} userId={user.id} outlet={bank} code={params.code} />
      )}
      <TopUpHistory t={t} rows={history} />
      <Link href="/kaipay" className="link">
        {p.back}
      </Link>
    </div>
  );
}
